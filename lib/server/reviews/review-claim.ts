import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { REVIEW_REASON_MAX, reviewVerdicts } from "@/lib/review/review-rules";
import type { Actor } from "../actor";
import { recordDecision } from "./record-decision";

export const reviewClaimSchema = z.object({
  decision: z.enum(reviewVerdicts),
  /** Required to reject or request changes. */
  reason: z.string().trim().max(REVIEW_REASON_MAX).optional(),
  version: z.number().int().min(1).optional(),
});
type ReviewClaimInput = z.output<typeof reviewClaimSchema>;

/**
 * A reviewer's approve / reject / request-changes on a submitted claim,
 * under the four-eyes rule and the project's required number of approvals.
 */
export async function reviewClaim(db: Db, actor: Actor, claimId: string, input: ReviewClaimInput) {
  return db.$transaction((tx) => recordDecision(tx, actor, claimId, input.decision, "claim:review", input));
}
