import { describeClaimValue } from "@/lib/claims/describe-claim-value";
import type { QuantityValue } from "@/lib/claims/value";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { highestFigure, lowerBound, median, pointFigure } from "./figures";
import type { Origin } from "./origin";
import { credibilityMeaning, reliabilityMeaning, type CredibilityGrade, type EstimateRule, type ReliabilityGrade } from "./rule";

/** One claim of an (subject, property, qualifiers) unit, as an estimate weighs it. */
export interface EstimateClaim {
  id: string;
  value: QuantityValue;
  status: ClaimStatus;
  rank: "preferred" | "normal" | "deprecated";
  /** Why a conflict resolution ranked it so, when one did. */
  rankReason: string | null;
  origin: Origin;
  /** Intermediaries of its chain, for the explanation only: they never make a source. */
  relayedBy: readonly string[];
  /** The claim this one repeats (marked by a researcher): it then counts as that claim's source. */
  derivedFromId: string | null;
  reliability: ReliabilityGrade | null;
  credibility: CredibilityGrade | null;
}

export interface ClaimUse {
  id: string;
  isUsed: boolean;
  reason?: string;
}

export interface Estimate {
  low: number | null;
  best: number | null;
  high: number | null;
  rule: EstimateRule["kind"];
  independentSources: number;
  /** Who the independent sources are: each one's origin, as UCDP's source_original names them. */
  sourceOriginal: string[];
  explanation: string;
  claims: ClaimUse[];
}

export interface EstimateOptions {
  rule: EstimateRule;
  /** Approved claims only (the default), or every status. */
  statuses: "approved" | "all";
}

/**
 * The low, best and high figures of one unit, with the reason for every
 * claim left out and an explanation in words. UCDP: low is the lowest
 * credible lower bound, high the highest credible figure, best the figure a
 * conflict resolution preferred or else the median of the independent
 * sources' figures. Conservative (ACLED): best is the lowest credible figure.
 */
export function estimate(claims: readonly EstimateClaim[], options: EstimateOptions): Estimate {
  const uses = claims.map((claim) => ({ claim, reason: exclusionReason(claim, options) }));
  const used = uses.filter((use) => use.reason === undefined).map((use) => use.claim);
  const sources = independentSources(used, claims);
  const low = extreme(used, lowerBound, "min");
  const high = extreme(used, highestFigure, "max");
  const best = bestFigure(used, sources, options.rule.kind);
  const explanation = [
    boundSentence("Low", low),
    boundSentence("High", high),
    best.sentence,
    sourcesSentence(sources),
    excludedSentence(uses.filter((use) => use.reason !== undefined) as { claim: EstimateClaim; reason: string }[]),
  ]
    .filter(Boolean)
    .join(" ");
  return {
    low: low?.figure ?? null,
    best: best.figure,
    high: high?.figure ?? null,
    rule: options.rule.kind,
    independentSources: sources.length,
    sourceOriginal: sources.map((source) => source.origin.label),
    explanation,
    claims: uses.map(({ claim, reason }) => (reason === undefined ? { id: claim.id, isUsed: true } : { id: claim.id, isUsed: false, reason })),
  };
}

function exclusionReason(claim: EstimateClaim, { rule, statuses }: EstimateOptions): string | undefined {
  if (statuses === "approved" && claim.status !== "approved") return `not approved (${claim.status.replace("_", " ")})`;
  if (claim.rank === "deprecated") return `deprecated when its conflict was resolved${claim.rankReason ? `: ${claim.rankReason}` : ""}`;
  if (claim.reliability && rule.excludedReliability.includes(claim.reliability)) {
    return `its origin's reliability ${claim.reliability} (${reliabilityMeaning[claim.reliability]}) is excluded by the rule`;
  }
  if (claim.credibility && rule.excludedCredibility.includes(claim.credibility)) {
    return `its credibility ${claim.credibility} (${credibilityMeaning[claim.credibility]}) is excluded by the rule`;
  }
  if (pointFigure(claim.value) === null) return "it gives no figure (a vague amount without an interval)";
  return undefined;
}

interface Source {
  origin: Origin;
  claims: EstimateClaim[];
}

/** Used claims by independent source: one origin is one source, and a derived claim belongs to the source of what it repeats. */
function independentSources(used: readonly EstimateClaim[], all: readonly EstimateClaim[]): Source[] {
  const byId = new Map(all.map((claim) => [claim.id, claim]));
  const rootOrigin = (claim: EstimateClaim): Origin => {
    const seen = new Set<string>();
    let current = claim;
    while (current.derivedFromId && !seen.has(current.id)) {
      seen.add(current.id);
      const repeated = byId.get(current.derivedFromId);
      if (!repeated) break;
      current = repeated;
    }
    return current.origin;
  };
  const sources = new Map<string, Source>();
  for (const claim of used) {
    const origin = rootOrigin(claim);
    const source = sources.get(origin.key) ?? { origin, claims: [] };
    source.claims.push(claim);
    sources.set(origin.key, source);
  }
  return [...sources.values()];
}

interface Bound {
  figure: number;
  claim: EstimateClaim;
}

function extreme(used: readonly EstimateClaim[], read: (value: QuantityValue) => number | null, direction: "min" | "max"): Bound | undefined {
  let found: Bound | undefined;
  for (const claim of used) {
    const figure = read(claim.value);
    if (figure === null) continue;
    if (!found || (direction === "min" ? figure < found.figure : figure > found.figure)) found = { figure, claim };
  }
  return found;
}

function bestFigure(used: readonly EstimateClaim[], sources: readonly Source[], rule: EstimateRule["kind"]): { figure: number | null; sentence: string } {
  if (used.length === 0) return { figure: null, sentence: "No claim counts, so there is no estimate." };
  if (rule === "conservative") {
    const lowest = extreme(used, pointFigure, "min")!;
    return { figure: lowest.figure, sentence: `Best ${lowest.figure}: the lowest credible figure, ${cite(lowest.claim)} (conservative rule).` };
  }
  const preferred = used.filter((claim) => claim.rank === "preferred");
  if (preferred.length > 0) {
    const figure = median(preferred.map((claim) => pointFigure(claim.value)!))!;
    const why = preferred.map((claim) => (claim.rankReason ? `${cite(claim)}: ${claim.rankReason}` : cite(claim))).join("; ");
    return { figure, sentence: `Best ${figure}: preferred when its conflict was resolved (${why}).` };
  }
  const figures = sources.map((source) => median(source.claims.map((claim) => pointFigure(claim.value)!))!);
  const figure = median(figures)!;
  const listed = sources.map((source, index) => `${source.origin.label} ${figures[index]}`).join(", ");
  return {
    figure,
    sentence:
      sources.length === 1
        ? `Best ${figure}: the one source's figure (${listed}).`
        : `Best ${figure}: the median of ${sources.length} independent sources' figures (${listed}).`,
  };
}

function boundSentence(name: "Low" | "High", bound: Bound | undefined): string {
  return bound ? `${name} ${bound.figure}: ${cite(bound.claim)}.` : "";
}

function sourcesSentence(sources: readonly Source[]): string {
  if (sources.length === 0) return "";
  const described = sources.map(({ origin, claims }) => {
    const relays = [...new Set(claims.flatMap((claim) => claim.relayedBy))];
    const details = [claims.length > 1 ? `${claims.length} claims` : "", relays.length ? `relayed by ${relays.join(", ")}` : ""].filter(Boolean);
    return details.length ? `${origin.label} (${details.join(", ")})` : origin.label;
  });
  return `${sources.length} independent ${sources.length === 1 ? "source" : "sources"}: ${described.join("; ")}.`;
}

function excludedSentence(excluded: readonly { claim: EstimateClaim; reason: string }[]): string {
  if (excluded.length === 0) return "";
  return `Left out: ${excluded.map(({ claim, reason }) => `${cite(claim)} (${reason})`).join("; ")}.`;
}

/** "ACLED's at least 17 killed". */
function cite(claim: EstimateClaim): string {
  return `${claim.origin.label}'s ${describeClaimValue(claim.value)}`;
}
