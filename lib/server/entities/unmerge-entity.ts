import "server-only";
import type { Db } from "@/lib/db/client";
import { movedReferenceSchema, restoreReferences } from "@/lib/entities/moved-references";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { claimRecordInclude, storedClaimInput } from "../claims/claim-record";
import { refreshSearchOfClaimsNaming } from "../claims/claim-search";
import { ConflictError, NotFoundError } from "../errors";
import { lockEntities, MERGE_TIMEOUT_MS, rewriteClaims } from "./merge-entities";
import { errorCodes } from "@/lib/errors/error-codes";

/**
 * Undoes the last merge of an entity: it is listed again, the claims the
 * merge moved point at it again (each a new, audited version), and the
 * target loses the aliases the merge gave it. References edited since the
 * merge stay as edited.
 */
export async function unmergeEntity(db: Db, actor: Actor, entityId: string) {
  return db.$transaction(
    async (tx) => {
      const merged = await tx.entity.findUnique({ where: { id: entityId } });
      if (!merged) throw new NotFoundError("Entity");
      await requireProjectPermission(tx, actor, merged.projectId, "entity:merge", "Entity");
      if (!merged.mergedIntoId) throw new ConflictError("This entity is not merged into another one.", undefined, errorCodes.notMerged);
      await lockEntities(tx, [merged.id, merged.mergedIntoId]);
      const source = await tx.entity.findUniqueOrThrow({ where: { id: entityId } });
      const record = await tx.entityMergeRecord.findFirst({
        where: { sourceId: source.id, targetId: source.mergedIntoId ?? undefined, undoneAt: null },
        orderBy: { createdAt: "desc" },
        include: { target: true },
      });
      if (!source.mergedIntoId || !record) throw new ConflictError("This merge has no record to undo it from.", undefined, errorCodes.notMerged);
      const target = record.target;
      if (target.mergedIntoId) {
        throw new ConflictError(`"${target.name}" has since been merged into another entity; un-merge it first.`, undefined, errorCodes.mergedSince);
      }

      const addedByMerge = new Set([source.name, ...source.aliases].filter((a) => !record.targetAliasesBefore.includes(a)));
      const aliases = target.aliases.filter((alias) => !addedByMerge.has(alias));
      await tx.entity.update({ where: { id: target.id }, data: { aliases } });
      await tx.entity.update({ where: { id: source.id }, data: { mergedIntoId: null } });
      const moved = new Map(movedReferenceSchema.array().parse(record.movedReferences).map((m) => [m.claimId, m]));
      const claims = await tx.claim.findMany({ where: { id: { in: [...moved.keys()] }, isDeleted: false }, include: claimRecordInclude, orderBy: { id: "asc" } });
      const rewritten = await rewriteClaims(tx, {
        actor,
        projectId: source.projectId,
        claims,
        action: "claim.entity_unmerge",
        rewrite: (claim) => restoreReferences(storedClaimInput(claim), moved.get(claim.id)!, source.id, target.id),
      });
      await refreshSearchOfClaimsNaming(tx, target.id, rewritten);
      await tx.entityMergeRecord.update({ where: { id: record.id }, data: { undoneAt: new Date(), undoneById: actor.userId } });
      await writeAudit(tx, {
        projectId: source.projectId,
        actor,
        action: "entity.unmerge",
        objectType: "Entity",
        objectId: source.id,
        before: { mergedInto: { id: target.id, name: target.name, aliases: target.aliases } },
        after: { targetAliases: aliases, claimsRestored: moved.size, mergeId: record.id },
      });
      return { entityId: source.id, targetId: target.id, claimsRestored: moved.size };
    },
    { timeout: MERGE_TIMEOUT_MS },
  );
}
