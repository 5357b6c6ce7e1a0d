import { describe, expect, it } from "vitest";
import type { ClaimValue } from "@/lib/claims/value";
import { agreementReport } from "./agreement-report";
import { agreementReportSchema } from "./agreement-report-schema";
import { krippendorffAlpha } from "./krippendorff-alpha";
import { buildUnits, type CodedClaim } from "./units";

const origin = { key: "entity:acled", label: "ACLED" };
let sequence = 0;
function claim(coderId: string, subjectId: string, value: ClaimValue, overrides: Partial<CodedClaim> = {}): CodedClaim {
  sequence += 1;
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, sequence));
  return { id: `c${sequence}`, coderId, sourceId: "src", subjectId, propertyId: "killed", qualifiers: {}, origin, value, evidence: [], createdAt: at, updatedAt: at, ...overrides };
}
const killed = (min: number): ClaimValue => ({ type: "quantity", kind: "exact", min, max: min });

/**
 * The lower bounds are Wikipedia's computational example (3 coders, 15 units, missing data):
 * https://en.wikipedia.org/wiki/Krippendorff%27s_alpha#A_computational_example — interval α = 0.811,
 * 26 pairable values. Each unit is one subject; a missing value is a claim the coder did not make.
 */
const wikipedia: Record<string, (number | null)[]> = {
  a: [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
  b: [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
  c: [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
};

function round(): CodedClaim[] {
  const claims = Object.entries(wikipedia).flatMap(([coder, mins]) =>
    mins.flatMap((min, unit) => (min === null ? [] : [claim(coder, `event-${unit + 1}`, killed(min), { evidence: [{ start: unit * 100, end: unit * 100 + 20 }] })])),
  );
  // Coder a had first written 99 for event 6 (an earlier claim): it is superseded, not counted.
  const early = claim("a", "event-6", killed(99), { id: "early", createdAt: new Date(Date.UTC(2025, 0, 1)), updatedAt: new Date(Date.UTC(2025, 0, 1)) });
  const assertion = (subject: string, polarity: "affirmed" | "denied") => ({ subject, value: { type: "assertion", proposition: "airstrikes occurred", polarity } as const });
  const assertions = [
    ["a", assertion("battle-1", "affirmed")],
    ["b", assertion("battle-1", "affirmed")],
    ["a", assertion("battle-2", "affirmed")],
    ["b", assertion("battle-2", "denied")],
    ["a", assertion("battle-3", "denied")],
    ["b", assertion("battle-3", "denied")],
    ["a", assertion("battle-4", "affirmed")],
  ] as const;
  return [
    early,
    ...claims,
    ...assertions.map(([coder, { subject, value }]) => claim(coder, subject, value, { propertyId: "asserts" })),
    claim("a", "battle-1", { type: "entity", entityId: "jnim" }, { propertyId: "perpetrator" }),
    claim("b", "battle-1", { type: "entity", entityId: "jnim" }, { propertyId: "perpetrator" }),
    claim("outsider", "event-3", killed(500)),
  ];
}

describe("agreement report", () => {
  const report = agreementReport({ coders: ["a", "b", "c"], units: buildUnits(round()) });

  it("computes interval α over the quantities' lower bounds: Wikipedia's 0.811 over 26 pairable values", () => {
    expect(report.alpha.quantity.metric).toBe("interval");
    expect(report.alpha.quantity.value).toBeCloseTo(0.810845, 6);
    expect(report.alpha.quantity.pairableValues).toBe(26);
  });

  it("computes nominal α over the assertions' polarity", () => {
    // Three pairable units, one split: n = 6, n_affirmed = n_denied = 3, o = 1 each way: α = 1 − 5·2 / (3·3·2) = 4/9.
    expect(report.alpha.assertion).toEqual({ metric: "nominal", value: expect.closeTo(4 / 9, 12), pairableValues: 6 });
  });

  it("leaves the entity α null when the pairable entity values do not vary", () => {
    expect(report.alpha.entity).toEqual({ metric: "nominal", value: null, pairableValues: 2 });
  });

  it("counts every unit, and lists those where coded values differ, with every coder's value or null", () => {
    // 13 events with claims (2 and 14 have none), 4 battles with assertions, 1 with an entity value.
    expect(report.units).toBe(18);
    expect(report.disagreements.map(({ unit }) => unit.subjectId)).toEqual(["event-6", "event-8", "event-15", "battle-2"]);
    const event8 = report.disagreements[1]!.valuesByCoder;
    expect(event8.a).toMatchObject({ value: killed(1) });
    expect(event8.b).toMatchObject({ value: killed(3) });
    expect(event8.c).toBeNull();
  });

  it("does not count a claim that was superseded, nor one of a person who is not a coder of the round", () => {
    // Event 6: a's 99 was superseded by 3; event 3: the outsider's 500 beside b's and c's 2 is no disagreement.
    expect(report.disagreements[0]!.valuesByCoder.a).toMatchObject({ value: killed(3) });
    expect(report.disagreements.some(({ unit }) => unit.subjectId === "event-3")).toBe(false);
    expect(report.superseded).toEqual([expect.objectContaining({ coderId: "a", claimId: "early" })]);
    expect(report.coders).toEqual(["a", "b", "c"]);
  });

  it("computes span agreement per coder pair", () => {
    // One span per quantity claim at its event's place (a 9, b 7, c 11): a pair matches where both coded the event.
    expect(report.spanAgreement.map(({ coderA, coderB, share }) => [coderA, coderB, share])).toEqual([
      ["a", "b", (2 * 3) / (9 + 7)],
      ["a", "c", (2 * 8) / (9 + 11)],
      ["b", "c", (2 * 5) / (7 + 11)],
    ]);
  });

  it("computes α per coder pair over those two coders alone", () => {
    expect(report.pairAlpha.map(({ coderA, coderB }) => [coderA, coderB])).toEqual([
      ["a", "b"],
      ["a", "c"],
      ["b", "c"],
    ]);
    // Coders a and b alone: the units both valued are events 6, 7, 8 (3/3, 4/4, 1/3 → a's 99 was superseded by 3).
    const ab = krippendorffAlpha([[3, 3], [4, 4], [1, 3]], "interval");
    expect(report.pairAlpha[0]!.alpha.quantity).toEqual({ metric: "interval", ...ab });
    // Coder c coded no assertion: every pair with c has no pairable assertion values.
    expect(report.pairAlpha[1]!.alpha.assertion).toEqual({ metric: "nominal", value: null, pairableValues: 0 });
    expect(report.pairAlpha[0]!.alpha.assertion).toEqual(report.alpha.assertion);
  });

  it("gives a pair of the only two coders the round's own α", () => {
    const units = buildUnits(round().filter((coded) => coded.coderId !== "c"));
    const twoCoders = agreementReport({ coders: ["a", "b"], units });
    expect(twoCoders.pairAlpha).toEqual([{ coderA: "a", coderB: "b", alpha: twoCoders.alpha }]);
    expect(twoCoders.alpha.quantity.value).not.toBeNull();
  });

  it("answers what the response schema accepts", () => {
    expect(agreementReportSchema.parse(report)).toEqual(report);
  });
});
