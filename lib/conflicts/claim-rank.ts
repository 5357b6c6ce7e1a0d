export type ClaimRank = "preferred" | "normal" | "deprecated";

export interface RankDecision {
  /** The rank a conflict's resolution gave the claim. */
  rank: ClaimRank;
  /** The status of that conflict: only a resolution in force counts. */
  conflictStatus: "open" | "resolved" | "dismissed";
}

/**
 * A claim's own rank, from the ranks the resolutions of its conflicts gave
 * it, as Wikidata ranks statements. A claim may sit in several conflicts
 * (IS's 60+ against MSA's 4 and against ACLED's 17+), each resolved on its
 * own, so the claim's rank is derived from all of them rather than taken from
 * the last decision: deprecated when any resolved conflict deprecated it (a
 * reviewer judged it the weaker account at least once, and that doubt must
 * travel with it), else preferred when any preferred it, else normal. Open
 * and dismissed conflicts carry no decision. The result does not depend on
 * the order of the decisions, so the same decisions always give the same rank.
 */
export function overallRank(decisions: readonly RankDecision[]): ClaimRank {
  const inForce = decisions.filter((d) => d.conflictStatus === "resolved").map((d) => d.rank);
  if (inForce.includes("deprecated")) return "deprecated";
  if (inForce.includes("preferred")) return "preferred";
  return "normal";
}
