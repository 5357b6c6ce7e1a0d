import { capitalise } from "@/lib/claims/describe-value";

export interface FlaggedClaim {
  /** The chain's origin, as in automatic explanations. */
  attributedTo: string;
  subject: string;
  property: string;
  /** The value in words ("denied: airstrikes occurred during the battle"). */
  valueText: string;
}

/**
 * The explanation of a manually flagged conflict: who says what, in the
 * order the claims were given. The person's rationale is stored beside it;
 * this only sets the claims side by side, naming the subject and property
 * once when they share them.
 */
export function describeManualFlag(claims: readonly FlaggedClaim[]): string {
  const topics = new Set(claims.map((claim) => `${claim.subject} · ${claim.property}`));
  const shared = topics.size === 1 ? [...topics][0] : undefined;
  const sides = claims.map(
    (claim) => `${capitalise(claim.attributedTo)}: ${shared ? "" : `${claim.subject} · ${claim.property}, `}${claim.valueText}`,
  );
  return `Flagged by hand${shared ? ` (about ${shared})` : ""}. ${sides.join("; ")}.`;
}
