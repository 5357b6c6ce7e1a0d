import { describeDate } from "@/lib/claims/describe-value";
import type { AssertionValue, AttributionLink, DateValue, Hedging, QuantityValue, Qualifiers, VictimGroup } from "@/lib/claims/value";

/** What a suggested claim says, as the candidate list sends it (lib/api/contract/suggestions.ts). */
export interface CandidateReading {
  value: QuantityValue | AssertionValue;
  qualifiers?: { victimGroup: VictimGroup };
  attribution: { chain: { role: "origin" | "intermediary"; partyName: string }[]; polarity: AssertionValue["polarity"] | null; hedging: Hedging | null } | null;
  date: DateValue | null;
}

/** The fields of a claim a candidate fills in; subject, property and evidence are the researcher's and the highlight's. */
export interface CandidateClaimFields {
  value: QuantityValue | AssertionValue;
  qualifiers: Qualifiers;
  hedging: Hedging | null;
  attribution: Pick<AttributionLink, "role" | "partyName">[];
}

// The claim's own limits (lib/claims/value.ts): a long sentence is still a candidate, its words are clipped.
const MAX_VALUE_WORDS = 500;
const MAX_QUALIFIER = 200;

/**
 * A candidate as the claim it suggests. A claim has no date of its own: the
 * date the sentence gives becomes its time qualifier, in words, so claims about
 * different days never conflict. The chain's parties stay names; the claim
 * form offers to turn them into entities.
 */
export function candidateClaimFields(candidate: CandidateReading): CandidateClaimFields {
  const { value } = candidate;
  const clipped =
    value.type === "assertion"
      ? { ...value, proposition: value.proposition.slice(0, MAX_VALUE_WORDS), ...(value.text ? { text: value.text.slice(0, MAX_VALUE_WORDS) } : {}) }
      : { ...value, ...(value.text ? { text: value.text.slice(0, MAX_VALUE_WORDS) } : {}) };
  return {
    value: clipped,
    qualifiers: {
      ...(candidate.qualifiers?.victimGroup ? { victimGroup: candidate.qualifiers.victimGroup } : {}),
      ...(candidate.date ? { time: describeDate(candidate.date).slice(0, MAX_QUALIFIER) } : {}),
    },
    hedging: candidate.attribution?.hedging ?? null,
    attribution: (candidate.attribution?.chain ?? []).map((link) => ({ role: link.role, partyName: link.partyName.slice(0, MAX_QUALIFIER) })),
  };
}
