import type { KeyPress } from "@/lib/review/queue-shortcuts";

/**
 * The curation board's keyboard commands, like the review queue's: move
 * between units, accept coder N's claim in the active unit, or write one's
 * own. The same table drives the key handler, the visible hints and
 * aria-keyshortcuts.
 */
export type CurationCommand = { kind: "next" } | { kind: "previous" } | { kind: "accept"; coder: number } | { kind: "write" };

/** Coders 1–9 have a key each; a round may have more coders, accepted with the mouse. */
export const MAX_CODER_KEYS = 9;

export const curationShortcuts: readonly { kind: CurationCommand["kind"]; keys: readonly string[]; label: string }[] = [
  { kind: "next", keys: ["j"], label: "Next unit" },
  { kind: "previous", keys: ["k"], label: "Previous unit" },
  { kind: "accept", keys: ["1–9"], label: "Accept coder N's claim" },
  { kind: "write", keys: ["w"], label: "Write my own claim" },
];

export function curationCommandForKey(press: KeyPress): CurationCommand | null {
  if (press.isTyping || press.ctrlKey || press.metaKey || press.altKey) return null;
  const key = press.key.toLowerCase();
  if (key === "j") return { kind: "next" };
  if (key === "k") return { kind: "previous" };
  if (key === "w") return { kind: "write" };
  return /^[1-9]$/.test(key) ? { kind: "accept", coder: Number(key) } : null;
}

/** "Accepted Rémi's claim — by Olga Owner" / "Wrote their own claim — Olga Owner". */
export function decisionSentence(decision: { kind: "accepted" | "written"; decidedBy: { name: string }; claim: { createdBy: { name: string } } }): string {
  return decision.kind === "accepted"
    ? `Accepted ${decision.claim.createdBy.name}'s claim — by ${decision.decidedBy.name}`
    : `Wrote their own claim — ${decision.decidedBy.name}`;
}
