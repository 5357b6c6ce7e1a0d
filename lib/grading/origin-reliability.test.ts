import { describe, expect, it } from "vitest";
import { describeCredibility, describeReliability } from "./grade-words";
import { originReliabilityReader } from "./origin-reliability";

const grades = originReliabilityReader({
  entities: [
    { id: "acled", name: "ACLED", aliases: ["Armed Conflict Location & Event Data"], reliability: "B" },
    { id: "msa", name: "Movement for the Salvation of Azawad", aliases: ["MSA"], reliability: null },
  ],
  parties: new Map([["local sources", "E" as const]]),
});
const reader = (origin: Parameters<typeof grades>[0]) => grades(origin).grade;
const link = (fields: { entityId?: string; partyName?: string; sourceId?: string; label: string }) => ({
  entityId: fields.entityId ?? null,
  partyName: fields.partyName ?? null,
  sourceId: fields.sourceId ?? null,
  label: fields.label,
});

describe("the reliability of a claim's origin", () => {
  it("is the entity's own grade, also for a party name that is one of its aliases, which then is that entity", () => {
    expect(reader(link({ entityId: "acled", label: "ACLED" }))).toBe("B");
    const alias = "the Armed Conflict Location & Event Data";
    expect(grades(link({ partyName: alias, label: alias }))).toEqual({ origin: { key: "entity:acled", label: "ACLED" }, grade: "B" });
  });

  it("is a named party's grade by its normalised name", () => {
    expect(reader(link({ partyName: "The Local Sources.", label: "The Local Sources." }))).toBe("E");
  });

  it("is none for an ungraded entity, an ungraded party, a document and no origin", () => {
    expect(reader(link({ partyName: "MSA", label: "MSA" }))).toBeNull();
    expect(reader(link({ partyName: "residents", label: "residents" }))).toBeNull();
    expect(reader(link({ sourceId: "s1", label: "Le Monde" }))).toBeNull();
    expect(reader(undefined)).toBeNull();
  });

  it("is worded with its meaning, as credibility is", () => {
    expect(describeReliability("E")).toBe("E (unreliable)");
    expect(describeCredibility(3)).toBe("3 (possibly true)");
  });
});
