import type { ValueType } from "@/lib/db/generated/enums";
import type { AssertionValue, ClaimValue } from "./value";

export function emptyValue(type: ValueType): ClaimValue {
  switch (type) {
    case "quantity":
      return { type, kind: "exact", min: null, max: null };
    case "date":
      return { type, start: "", end: "", precision: "day" };
    case "assertion":
      return { type, proposition: "", polarity: "affirmed" };
    case "entity":
      return { type, entityId: "" };
    case "text":
      return { type, text: "" };
  }
}

/**
 * What the user has told the form about an assertion, whatever the value
 * held at that moment: a suggested polarity ("… stated that airstrikes did
 * not occur") must reach the value even when the property that takes an
 * assertion is chosen after the suggestion.
 */
export interface AssertionMemory {
  polarity?: AssertionValue["polarity"];
  proposition?: string;
}

/** The value after a change of property: kept when it fits the new type, else a fresh one that keeps what was said about the assertion. */
export function valueForType(current: ClaimValue, type: ValueType, memory: AssertionMemory): ClaimValue {
  if (current.type === type) return current;
  const fresh = emptyValue(type);
  if (fresh.type !== "assertion") return fresh;
  return { ...fresh, ...(memory.polarity ? { polarity: memory.polarity } : {}), ...(memory.proposition ? { proposition: memory.proposition } : {}) };
}
