import { describe, expect, it } from "vitest";
import { claimTimeline, reportedAt } from "./claim-timeline";

const casualties = { id: "p-cas", label: "Casualties" };
const date = { id: "p-date", label: "Date" };
const claim = (id: string, property: typeof casualties, createdAt: string, sourceIds: string[]) => ({
  id,
  property,
  createdAt,
  evidence: sourceIds.map((sourceId) => ({ sourceId })),
});

describe("reportedAt", () => {
  const published = new Map([
    ["lemonde", "2022-09-09"],
    ["reuters", "2022-09-08"],
  ]);

  it("is the earliest publication day of the claim's documents", () => {
    expect(reportedAt(claim("c", casualties, "2026-01-02T10:00:00.000Z", ["lemonde", "reuters"]), published)).toEqual({ day: "2022-09-08", isPublicationDate: true });
  });

  it("falls back to the day the claim was recorded, marked as such", () => {
    expect(reportedAt(claim("c", casualties, "2026-01-02T10:00:00.000Z", ["wikipedia"]), published)).toEqual({ day: "2026-01-02", isPublicationDate: false });
  });
});

describe("claimTimeline", () => {
  it("groups claims per property by label, each in the order its sources reported it", () => {
    const published = new Map([
      ["early", "2022-09-07"],
      ["late", "2022-09-20"],
    ]);
    const groups = claimTimeline(
      [
        claim("late-1", casualties, "2026-01-01T00:00:00.000Z", ["late"]),
        claim("date-1", date, "2026-01-01T00:00:00.000Z", ["early"]),
        claim("early-2", casualties, "2026-01-03T00:00:00.000Z", ["early"]),
        claim("early-1", casualties, "2026-01-02T00:00:00.000Z", ["early"]),
      ],
      published,
    );
    expect(groups.map((group) => [group.property.label, group.entries.map((entry) => entry.claim.id)])).toEqual([
      ["Casualties", ["early-1", "early-2", "late-1"]],
      ["Date", ["date-1"]],
    ]);
  });
});
