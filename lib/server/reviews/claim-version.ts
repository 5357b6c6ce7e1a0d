import "server-only";
import type { ClaimStatus, ReviewDecisionKind } from "@/lib/db/generated/enums";
import type { Prisma } from "@/lib/db/generated/client";
import { StaleVersionError } from "../errors";
import { claimSnapshot, loadClaimRecord } from "../claims/claim-record";
import { decisionInclude } from "./review-state";

type Tx = Prisma.TransactionClient;

export interface StatusTransition {
  decision: ReviewDecisionKind;
  fromStatus: ClaimStatus;
  toStatus: ClaimStatus;
  reason: string | null;
  reviewerId: string;
}

export interface ClaimVersionWrite {
  claimId: string;
  /** The version the change was based on; a claim that has moved on since is not overwritten. */
  fromVersion: number;
  columns?: Omit<Prisma.ClaimUncheckedUpdateManyInput, "id" | "version" | "status">;
  /** A change of review status; it is recorded as a review decision. */
  transition?: StatusTransition;
}

/**
 * The only way a claim moves to its next version. Version check and write are
 * one statement, so a concurrent change cannot slip between them. A status
 * change is always a review decision, and a decision's `claimVersion` always
 * means the version it was made on — the one the reviewer saw — never the
 * version the change produced.
 */
export async function writeClaimVersion(tx: Tx, change: ClaimVersionWrite) {
  const { count } = await tx.claim.updateMany({
    where: { id: change.claimId, version: change.fromVersion },
    data: {
      ...change.columns,
      ...(change.transition ? { status: change.transition.toStatus } : {}),
      version: { increment: 1 },
    },
  });
  if (count === 0) throw await staleVersion(tx, change.claimId);
  if (!change.transition) return null;
  return tx.reviewDecision.create({
    data: { claimId: change.claimId, claimVersion: change.fromVersion, ...change.transition },
    include: decisionInclude,
  });
}

export async function staleVersion(tx: Tx, claimId: string): Promise<StaleVersionError> {
  const current = await loadClaimRecord(tx, claimId);
  return new StaleVersionError({ id: current.id, version: current.version, snapshot: claimSnapshot(current) });
}
