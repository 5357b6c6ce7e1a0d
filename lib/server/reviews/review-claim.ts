import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { recordDecision } from "./record-decision";
import { reviewClaimSchema } from "@/lib/review/review-input";

type ReviewClaimInput = z.output<typeof reviewClaimSchema>;

/**
 * A reviewer's approve / reject / request-changes on a submitted claim,
 * under the four-eyes rule and the project's required number of approvals.
 */
export async function reviewClaim(db: Db, actor: Actor, claimId: string, input: ReviewClaimInput) {
  return db.$transaction((tx) => recordDecision(tx, actor, claimId, input.decision, "claim:review", input));
}
