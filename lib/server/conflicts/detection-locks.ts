import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

type Tx = Prisma.TransactionClient;

export interface ClaimGroup {
  projectId: string;
  subjectId: string;
  propertyId: string;
}

/**
 * Detection reads a whole group and writes its conflicts, so two
 * transactions re-evaluating the same group at once could each miss the
 * other's new claim. These transaction-scoped advisory locks serialize
 * them: one group at a time, and a full recomputation of a project against
 * every group re-evaluation in it (shared vs exclusive). Taken after the
 * claim write, so the group read that follows the lock sees every claim
 * committed before it. Hash collisions only serialize more than needed.
 */
export async function lockGroupForDetection(tx: Tx, group: ClaimGroup): Promise<void> {
  const key = JSON.stringify([group.projectId, group.subjectId, group.propertyId]);
  // Both locks in one round trip.
  await tx.$executeRaw`
    SELECT pg_advisory_xact_lock_shared(hashtext('conflicts:project'), hashtext(${group.projectId})),
           pg_advisory_xact_lock(hashtext('conflicts:group'), hashtext(${key}))`;
}

export async function lockProjectForDetection(tx: Tx, projectId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('conflicts:project'), hashtext(${projectId}))`;
}
