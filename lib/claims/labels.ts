import type { Qualifiers } from "./value";

/** The words a reader sees for each stored key; no key reaches a page as it is stored. */
export const qualifierLabels: Record<keyof Qualifiers, string> = {
  time: "Time",
  place: "Place",
  victimGroup: "Victim group",
  side: "Side",
};

export const victimGroupLabels: Record<NonNullable<Qualifiers["victimGroup"]>, string> = {
  civilians: "Civilians",
  fighters: "Fighters",
  soldiers: "Soldiers",
  mixed: "Mixed",
};

export const polarityLabels = { affirmed: "Affirmed", denied: "Denied" } as const;

export const hedgingLabels = { claimed: "Claimed", reported: "Reported", confirmed: "Confirmed", disputed: "Disputed" } as const;

export const decisionLabels = { submit: "Submitted for review", approve: "Approved", reject: "Rejected", request_changes: "Changes requested" } as const;

/** One qualifier's value in words: victim groups by their label, free text as typed. */
export function qualifierValueLabel(key: string, value: string): string {
  if (key === "victimGroup" && value in victimGroupLabels) return victimGroupLabels[value as keyof typeof victimGroupLabels].toLowerCase();
  return value;
}

/** "Victim group: fighters, Place: Talataye" — the qualifiers that are set, in words. */
export function describeQualifiers(qualifiers: Record<string, unknown>): string {
  return Object.entries(qualifiers)
    .filter(([, value]) => value !== undefined && value !== null && value !== "")
    .map(([key, value]) => `${qualifierLabels[key as keyof Qualifiers] ?? key}: ${qualifierValueLabel(key, String(value))}`)
    .join(", ");
}
