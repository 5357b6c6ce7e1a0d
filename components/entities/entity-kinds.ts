import { EntityKind } from "@/lib/db/generated/enums";

export const entityKindLabels: Record<EntityKind, string> = {
  armed_group: "Armed group",
  state_force: "State force",
  organisation: "Organisation",
  person: "Person",
  place: "Place",
  event: "Event",
  media_outlet: "Media outlet",
};

export const entityKinds = Object.values(EntityKind);

/** "ISGS, Sahel Province," → ["ISGS", "Sahel Province"]: aliases are typed comma-separated. */
export function parseAliases(text: string): string[] {
  return text
    .split(",")
    .map((alias) => alias.trim())
    .filter(Boolean);
}
