import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { recordDecision } from "./record-decision";
import { submitClaimSchema } from "@/lib/review/review-input";

/**
 * Sends a draft (or a claim sent back for changes) to review. Researchers
 * submit their own claims; reviewers and owners any.
 */
export async function submitClaim(db: Db, actor: Actor, claimId: string, input: z.output<typeof submitClaimSchema>) {
  return db.$transaction((tx) => recordDecision(tx, actor, claimId, "submit", "claim:create", input));
}
