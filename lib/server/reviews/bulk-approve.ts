import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { AppError } from "../errors";
import { reviewClaim } from "./review-claim";
import type { ClaimReviewState } from "./review-state";
import { bulkApproveSchema } from "@/lib/review/review-input";
import { errorCodes } from "@/lib/errors/error-codes";

type BulkApproveResult =
  | { claimId: string; isApproved: true; status: 200; claimStatus: ClaimStatus; review: ClaimReviewState }
  | { claimId: string; isApproved: false; status: number; code: string; message: string };

/**
 * Approves a selection of the project's claims, each in its own transaction
 * under the same rules as a single approval: the ones the actor may approve
 * are approved, the others report why not (their own claim, changed since,
 * no longer submitted…).
 */
export async function bulkApprove(db: Db, actor: Actor, projectId: string, input: z.output<typeof bulkApproveSchema>) {
  await requireProjectPermission(db, actor, projectId, "claim:review");
  const inProject = new Set(
    (
      await db.claim.findMany({
        where: { projectId, id: { in: input.claims.map((c) => c.claimId) } },
        select: { id: true },
      })
    ).map((c) => c.id),
  );
  const results: BulkApproveResult[] = [];
  for (const { claimId, version } of input.claims) {
    if (!inProject.has(claimId)) {
      results.push({ claimId, isApproved: false, status: 404, code: errorCodes.notFound, message: "Claim was not found." });
      continue;
    }
    try {
      const { claim, review } = await reviewClaim(db, actor, claimId, { decision: "approve", version });
      results.push({ claimId, isApproved: true, status: 200, claimStatus: claim.status, review });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ claimId, isApproved: false, status: error.status, code: error.code, message: error.message });
    }
  }
  return { approved: results.filter((r) => r.isApproved).length, results };
}
