import { z } from "zod";

/**
 * How a project turns disagreeing claims into one estimate. `ucdp` follows
 * UCDP's event data (best, low, high); `conservative` follows ACLED, which
 * publishes the lowest credible figure. Either may leave out grades of the
 * Admiralty system: source reliability A–F, information credibility 1–6.
 */

export const reliabilityGradeSchema = z.enum(["A", "B", "C", "D", "E", "F"]);
export type ReliabilityGrade = z.infer<typeof reliabilityGradeSchema>;

export const credibilityGradeSchema = z.number().int().min(1).max(6);
export type CredibilityGrade = z.infer<typeof credibilityGradeSchema>;

export const estimateRuleKindSchema = z.enum(["ucdp", "conservative"]);
export type EstimateRuleKind = z.infer<typeof estimateRuleKindSchema>;

export const estimateRuleSchema = z.object({
  kind: estimateRuleKindSchema,
  /** Claims whose origin has one of these reliability grades do not count. */
  excludedReliability: z.array(reliabilityGradeSchema).max(6),
  /** Claims with one of these credibility grades do not count. */
  excludedCredibility: z.array(credibilityGradeSchema).max(6),
});
export type EstimateRule = z.infer<typeof estimateRuleSchema>;

export const DEFAULT_ESTIMATE_RULE: EstimateRule = { kind: "ucdp", excludedReliability: [], excludedCredibility: [] };

export const reliabilityMeaning: Record<ReliabilityGrade, string> = {
  A: "completely reliable",
  B: "usually reliable",
  C: "fairly reliable",
  D: "not usually reliable",
  E: "unreliable",
  F: "reliability cannot be judged",
};

export const credibilityMeaning: Record<CredibilityGrade, string> = {
  1: "confirmed by other sources",
  2: "probably true",
  3: "possibly true",
  4: "doubtful",
  5: "improbable",
  6: "truth cannot be judged",
};
