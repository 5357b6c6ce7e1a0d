import { describe, expect, it } from "vitest";
import type { QuantityValue } from "@/lib/claims/value";
import { estimate, type EstimateClaim } from "./estimate";
import { originResolver } from "./origin";
import { DEFAULT_ESTIMATE_RULE, type EstimateRule } from "./rule";

const resolve = originResolver([
  { id: "msa", name: "Movement for the Salvation of Azawad", aliases: ["MSA"] },
  { id: "isgs", name: "Islamic State in the Greater Sahara", aliases: ["IS", "ISGS"] },
  { id: "acled", name: "ACLED", aliases: ["Armed Conflict Location & Event Data"] },
]);

const quantity = (kind: QuantityValue["kind"], min: number | null, max: number | null): QuantityValue => ({ type: "quantity", kind, min, max, category: "killed" });

function claim(id: string, value: QuantityValue, origin: { entityId?: string; partyName?: string; label: string }, extra: Partial<EstimateClaim> = {}): EstimateClaim {
  return {
    id,
    value,
    status: "approved",
    rank: "normal",
    rankReason: null,
    origin: resolve({ entityId: origin.entityId ?? null, partyName: origin.partyName ?? null, sourceId: null, label: origin.label }),
    relayedBy: [],
    derivedFromId: null,
    reliability: null,
    credibility: null,
    ...extra,
  };
}

/** The Talataye article's MSA/JNIM-side casualties: 4 per MSA, 60+ per IS, 17+ per ACLED. */
const msa = claim("msa", quantity("exact", 4, 4), { entityId: "msa", label: "MSA" });
const is = claim("is", quantity("at_least", 60, null), { entityId: "isgs", label: "IS" });
const acled = claim("acled", quantity("at_least", 17, null), { entityId: "acled", label: "ACLED" });
const ucdp = { rule: DEFAULT_ESTIMATE_RULE, statuses: "approved" as const };

describe("estimate (UCDP rule)", () => {
  it("gives low 4 and high 60 from 3 independent sources on the Talataye figures, best the median 17, explained", () => {
    const result = estimate([msa, is, acled], ucdp);
    expect(result).toMatchObject({ low: 4, best: 17, high: 60, rule: "ucdp", independentSources: 3, sourceOriginal: ["MSA", "IS", "ACLED"] });
    expect(result.claims.every((c) => c.isUsed)).toBe(true);
    expect(result.explanation).toBe(
      "Low 4: MSA's exactly 4 killed. High 60: IS's at least 60 killed. " +
        "Best 17: the median of 3 independent sources' figures (MSA 4, IS 60, ACLED 17). 3 independent sources: MSA; IS; ACLED.",
    );
  });

  it("counts ACLED relayed by another outlet, or named by an alias, as the same source: the figures do not move", () => {
    const viaReuters = claim("acled-reuters", quantity("at_least", 17, null), { partyName: "Armed Conflict Location & Event Data", label: "Armed Conflict Location & Event Data" }, { relayedBy: ["Reuters"] });
    const result = estimate([msa, is, acled, viaReuters], ucdp);
    expect(result).toMatchObject({ low: 4, best: 17, high: 60, independentSources: 3 });
    expect(result.explanation).toContain("ACLED (2 claims, relayed by Reuters)");
  });

  it("counts a claim marked as derived from another as that claim's source", () => {
    const repeat = claim("repeat", quantity("exact", 60, 60), { partyName: "a local blog", label: "a local blog" }, { derivedFromId: "is" });
    expect(estimate([msa, is, acled, repeat], ucdp).independentSources).toBe(3);
    expect(estimate([msa, is, acled, { ...repeat, derivedFromId: null }], ucdp).independentSources).toBe(4);
  });

  it("uses the figure a resolution preferred, and leaves a deprecated one out with the resolution's reason: low rises to 17", () => {
    const preferred = estimate([{ ...msa, rank: "preferred", rankReason: "MSA counted its own dead" }, { ...is, rank: "deprecated", rankReason: "Propaganda figure" }, acled], ucdp);
    expect(preferred).toMatchObject({ low: 4, best: 4, high: 17, independentSources: 2 });
    expect(preferred.claims).toContainEqual({ id: "is", isUsed: false, reason: "deprecated when its conflict was resolved: Propaganda figure" });
    expect(preferred.explanation).toContain("Best 4: preferred when its conflict was resolved (MSA's exactly 4 killed: MSA counted its own dead).");

    const msaDeprecated = estimate([{ ...msa, rank: "deprecated", rankReason: null }, is, acled], ucdp);
    expect(msaDeprecated).toMatchObject({ low: 17, high: 60, independentSources: 2 });
    expect(msaDeprecated.explanation).toContain("Left out: MSA's exactly 4 killed (deprecated when its conflict was resolved).");
  });

  it("counts approved claims only unless told otherwise, saying why the others are left out", () => {
    const draft = { ...acled, id: "draft", status: "draft" as const, value: quantity("exact", 90, 90) };
    expect(estimate([msa, is, draft], ucdp)).toMatchObject({ high: 60, claims: expect.arrayContaining([{ id: "draft", isUsed: false, reason: "not approved (draft)" }]) });
    expect(estimate([msa, is, draft], { ...ucdp, statuses: "all" })).toMatchObject({ high: 90, independentSources: 3 });
  });

  it("leaves out the grades the rule excludes, and vague amounts without an interval; a vague amount with one counts by it", () => {
    const rule: EstimateRule = { kind: "ucdp", excludedReliability: ["E", "F"], excludedCredibility: [5, 6] };
    const graded = estimate([{ ...msa, reliability: "E" }, { ...is, credibility: 5 }, acled], { rule, statuses: "approved" });
    expect(graded).toMatchObject({ low: 17, best: 17, high: 17, independentSources: 1 });
    expect(graded.claims.filter((c) => !c.isUsed).map((c) => c.reason)).toEqual([
      "its origin's reliability E (unreliable) is excluded by the rule",
      "its credibility 5 (improbable) is excluded by the rule",
    ]);
    const dozens = claim("dozens", quantity("vague", 24, 99), { partyName: "residents", label: "residents" });
    const unknown = claim("unknown", quantity("vague", null, null), { partyName: "officials", label: "officials" });
    const result = estimate([dozens, unknown], ucdp);
    expect(result).toMatchObject({ low: 24, best: 61, high: 99, independentSources: 1 });
    expect(result.claims).toContainEqual({ id: "unknown", isUsed: false, reason: "it gives no figure (a vague amount without an interval)" });
  });

  it("gives no figures when no claim counts", () => {
    expect(estimate([{ ...msa, status: "draft" }], ucdp)).toMatchObject({ low: null, best: null, high: null, independentSources: 0 });
  });
});

describe("estimate (conservative rule)", () => {
  it("takes the lowest credible figure as best", () => {
    const result = estimate([msa, is, acled], { rule: { ...DEFAULT_ESTIMATE_RULE, kind: "conservative" }, statuses: "approved" });
    expect(result).toMatchObject({ low: 4, best: 4, high: 60, rule: "conservative" });
    expect(result.explanation).toContain("Best 4: the lowest credible figure, MSA's exactly 4 killed (conservative rule).");
  });
});
