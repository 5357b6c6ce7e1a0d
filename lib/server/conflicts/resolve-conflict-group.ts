import "server-only";
import type { Db } from "@/lib/db/client";
import type { GroupResolutionInput } from "@/lib/conflicts/conflict-input";
import type { Actor } from "../actor";
import { NotFoundError, ValidationError } from "../errors";
import { loadConflictView } from "./conflict-view";
import { decideConflict, requireOneRankEach } from "./resolve-conflict";

/**
 * One decision on several conflicts of a project, in one transaction: every
 * conflict is decided as `resolveConflict` decides one (permission, open
 * status, audit, claim ranks), with the ranks of its own claims. The ranks
 * must name every claim of the group once, and nothing else.
 */
export async function resolveConflictGroup(db: Db, actor: Actor, input: GroupResolutionInput) {
  return db.$transaction(async (tx) => {
    // A fixed order, so two group decisions over shared conflicts cannot deadlock.
    const conflictIds = [...input.conflictIds].sort();
    const conflicts = await tx.conflict.findMany({ where: { id: { in: conflictIds } }, select: { id: true, projectId: true, members: { select: { claimId: true } } } });
    if (conflicts.length !== conflictIds.length) throw new NotFoundError("Conflict");
    if (new Set(conflicts.map((c) => c.projectId)).size > 1) {
      throw new ValidationError("The conflicts of a group belong to one project.", [{ path: "conflictIds", message: "Name conflicts of one project" }]);
    }
    const byId = new Map(conflicts.map((conflict) => [conflict.id, conflict]));
    const ranks = input.status === "resolved" ? groupRanks(conflicts, input) : null;
    for (const conflictId of conflictIds) {
      const members = byId.get(conflictId)!.members;
      await decideConflict(
        tx,
        actor,
        conflictId,
        ranks ? { status: "resolved", reason: input.reason, ranks: members.map(({ claimId }) => ranks.get(claimId)!) } : { status: "dismissed", reason: input.reason },
      );
    }
    return Promise.all(input.conflictIds.map((conflictId) => loadConflictView(tx, conflictId)));
  });
}

function groupRanks(conflicts: readonly { members: readonly { claimId: string }[] }[], input: Extract<GroupResolutionInput, { status: "resolved" }>) {
  const claimIds = new Set(conflicts.flatMap((conflict) => conflict.members.map((member) => member.claimId)));
  return requireOneRankEach(claimIds, input.ranks, "group");
}
