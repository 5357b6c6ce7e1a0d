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
 * Verbs that introduce what a party asserts, by lemma, so that every form
 * counts ("say", "says", "said", "saying"). They count only where wink-nlp
 * tags them as verbs: "the report" and "The Alliance of Sahel States" are
 * nouns.
 */
export const REPORTING_VERBS: ReadonlyMap<string, ReportingVerb> = new Map([
  ...["claim", "allege", "accuse", "insist", "maintain", "boast"].map((w) => [w, claimed] as const),
  ...["report", "document", "record", "count", "register", "tally"].map((w) => [w, reported] as const),
  ...["confirm", "acknowledge", "verify", "corroborate"].map((w) => [w, confirmed] as const),
  ...["dispute", "contest", "question"].map((w) => [w, disputed] as const),
  ...["deny", "reject", "refute", "dismiss", "rebut"].map((w) => [w, denied] as const),
  ...[
    "say", "state", "announce", "tell", "admit", "assert", "declare", "write", "note", "add", "indicate", "estimate",
    "warn", "explain", "describe", "reveal", "disclose", "publish", "quote", "cite", "put", "tweet", "post",
    "argue", "recount", "recall", "testify", "mention", "inform", "specify", "observe", "stress", "emphasise",
    "emphasize", "underline", "affirm", "calculate", "assess", "condemn", "comment", "reiterate",
  ].map((w) => [w, neutral] as const),
]);

/** French reporting verbs, matched on the past participle that follows "a"/"ont": "a déclaré", "ont affirmé". */
export const FRENCH_REPORTING_VERBS: ReadonlyMap<string, ReportingVerb> = new Map([
  ...["affirmé", "revendiqué", "assuré", "accusé"].map((w) => [w, claimed] as const),
  ...["rapporté", "signalé", "recensé", "dénombré", "comptabilisé"].map((w) => [w, reported] as const),
  ...["confirmé", "reconnu"].map((w) => [w, confirmed] as const),
  ...["contesté"].map((w) => [w, disputed] as const),
  ...["démenti", "nié", "rejeté"].map((w) => [w, denied] as const),
  ...["déclaré", "annoncé", "indiqué", "précisé", "expliqué", "ajouté", "écrit", "estimé", "dit", "souligné", "raconté", "témoigné", "averti", "évoqué", "parlé", "fait état"].map(
    (w) => [w, neutral] as const,
  ),
]);

/** Words that negate the verb they stand beside: "did not occur", "has never said", "wasn't". */
export const NEGATION_WORDS = new Set(["not", "n't", "never", "no longer", "nor", "neither", "pas", "jamais", "ne", "n'"]);
