import type { Hedging } from "@/lib/claims/value";

export interface ReportingVerb {
  hedging: Hedging | null;
  /** The speaker says the proposition is false ("CSP denied their involvement"). */
  isDenial: boolean;
}

const claimed: ReportingVerb = { hedging: "claimed", isDenial: false };
const reported: ReportingVerb = { hedging: "reported", isDenial: false };
const confirmed: ReportingVerb = { hedging: "confirmed", isDenial: false };
const disputed: ReportingVerb = { hedging: "disputed", isDenial: true };
const denied: ReportingVerb = { hedging: null, isDenial: true };
/** Verbs that attribute without weighing the statement: "stated", "said". */
const neutral: ReportingVerb = { hedging: null, isDenial: false };

/**
 * Verbs that introduce what a party asserts, matched on lowercase words only:
 * "The Alliance of Sahel States claimed" must not read "States" as a verb.
 * "states", "claim" and "report" are left out because as nouns they are far
 * more common in reporting prose than as verbs.
 */
export const REPORTING_VERBS: ReadonlyMap<string, ReportingVerb> = new Map([
  ...["claimed", "claims", "claiming", "alleged", "alleges", "accused", "accuses"].map((w) => [w, claimed] as const),
  ...["reported", "reports", "reporting"].map((w) => [w, reported] as const),
  ...["confirmed", "confirms", "confirming"].map((w) => [w, confirmed] as const),
  ...["disputed", "disputes", "disputing"].map((w) => [w, disputed] as const),
  ...["denied", "denies", "denying", "rejected", "rejects"].map((w) => [w, denied] as const),
  ...["stated", "said", "says", "saying", "announced", "announces", "told", "admitted", "admits", "asserted", "declared", "declares", "wrote", "noted"].map(
    (w) => [w, neutral] as const,
  ),
]);

/** Words that turn what follows a neutral verb into a denial: "stated that airstrikes did not occur". */
export const NEGATION = /\b(?:not|never|no longer|nor)\b|n't\b|\bno\b(?!\s+(?:fewer|less|more)\b)/i;
