import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { reevaluateGroup } from "../conflicts/reevaluate-group";
import { NotFoundError } from "../errors";
import { requireClaimEdit } from "./claim-edit-access";
import { claimSnapshot, loadClaimRecord } from "./claim-record";
import { writeClaimVersion } from "../reviews/claim-version";

/** Withdraws a claim: it is hidden and leaves its conflicts, but its row and history stay. */
export async function deleteClaim(db: Db, actor: Actor, claimId: string, version: number) {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId } });
    if (!claim || claim.isDeleted) throw new NotFoundError("Claim");
    await requireClaimEdit(tx, actor, claim);
    const record = await loadClaimRecord(tx, claimId);
    await writeClaimVersion(tx, { claimId, fromVersion: version, columns: { isDeleted: true, updatedById: actor.userId } });
    await reevaluateGroup(tx, { projectId: claim.projectId, subjectId: claim.subjectId, propertyId: claim.propertyId }, actor);
    await writeAudit(tx, {
      projectId: claim.projectId,
      actor,
      action: "claim.delete",
      objectType: "Claim",
      objectId: claimId,
      before: claimSnapshot(record),
    });
  });
}
