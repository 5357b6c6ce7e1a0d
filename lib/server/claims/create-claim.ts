import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { reevaluateGroup } from "../conflicts/reevaluate-group";
import type { ParsedClaimInput } from "@/lib/claims/claim-input";
import { checkClaimReferences } from "./claim-references";
import { claimSnapshot, loadClaimRecord } from "./claim-record";
import { updateClaimSearch } from "./claim-search";
import { claimColumns, writeChainAndEvidence } from "./write-claim-parts";

/**
 * Records a draft claim with its evidence and attribution chain; its
 * conflict group is re-evaluated and the audit event written in the same
 * transaction.
 */
export async function createClaim(db: Db, actor: Actor, projectId: string, input: ParsedClaimInput, tx?: Prisma.TransactionClient) {
  const run = async (t: Prisma.TransactionClient) => {
    await requireProjectPermission(t, actor, projectId, "claim:create");
    const checked = await checkClaimReferences(t, projectId, input);
    const { id } = await t.claim.create({
      data: { projectId, ...claimColumns(checked), createdById: actor.userId, updatedById: actor.userId },
      select: { id: true },
    });
    await writeChainAndEvidence(t, id, checked);
    const claim = await loadClaimRecord(t, id);
    await updateClaimSearch(t, claim);
    await reevaluateGroup(t, { projectId, subjectId: claim.subjectId, propertyId: claim.propertyId }, actor);
    await writeAudit(t, { projectId, actor, action: "claim.create", objectType: "Claim", objectId: id, after: claimSnapshot(claim) });
    return loadClaimRecord(t, id);
  };
  return tx ? run(tx) : db.$transaction(run, { timeout: 20_000 });
}
