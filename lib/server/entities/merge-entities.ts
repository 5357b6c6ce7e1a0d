import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { reevaluateGroup } from "../conflicts/reevaluate-group";
import { NotFoundError, ValidationError } from "../errors";

/**
 * Merges `sourceId` into `targetId`: claims, values and attributions follow,
 * aliases combine (the merged name becomes an alias), and the merged entity
 * stays as a pointer for the audit trail. Groups that now share a subject are
 * re-evaluated for conflicts.
 */
export async function mergeEntities(db: Db, actor: Actor, input: { sourceId: string; targetId: string }) {
  if (input.sourceId === input.targetId) throw new ValidationError("An entity cannot be merged into itself.");
  return db.$transaction(
    async (tx) => {
      // One connection per transaction: its queries run one after the other.
      const source = await tx.entity.findUnique({ where: { id: input.sourceId } });
      const target = await tx.entity.findUnique({ where: { id: input.targetId } });
      if (!source || source.mergedIntoId) throw new NotFoundError("The entity to merge");
      if (!target || target.mergedIntoId || target.projectId !== source.projectId) throw new NotFoundError("The entity to merge into");
      await requireProjectPermission(tx, actor, source.projectId, "entity:merge", "Entity");

      const affected = await tx.claim.findMany({
        where: { OR: [{ subjectId: source.id }, { valueEntityId: source.id }] },
        select: { id: true, subjectId: true, propertyId: true, value: true, valueEntityId: true },
      });
      await tx.claim.updateMany({ where: { subjectId: source.id }, data: { subjectId: target.id } });
      for (const claim of affected.filter((c) => c.valueEntityId === source.id)) {
        await tx.claim.update({
          where: { id: claim.id },
          data: { valueEntityId: target.id, value: { ...(claim.value as object), entityId: target.id } },
        });
      }
      await tx.attribution.updateMany({ where: { entityId: source.id }, data: { entityId: target.id } });
      const aliases = [...new Set([...target.aliases, source.name, ...source.aliases])].filter((a) => a !== target.name);
      await tx.entity.update({ where: { id: target.id }, data: { aliases } });
      await tx.entity.update({ where: { id: source.id }, data: { mergedIntoId: target.id } });

      // Every group a moved claim now sits in: its subject (now the target) and property. A claim
      // whose entity value changed may settle or start a disagreement in its own group.
      const groups = new Map(
        affected.map((c) => {
          const subjectId = c.subjectId === source.id ? target.id : c.subjectId;
          return [`${subjectId}|${c.propertyId}`, { projectId: target.projectId, subjectId, propertyId: c.propertyId }];
        }),
      );
      for (const key of [...groups.keys()].sort()) await reevaluateGroup(tx, groups.get(key)!, actor);
      await writeAudit(tx, {
        projectId: target.projectId,
        actor,
        action: "entity.merge",
        objectType: "Entity",
        objectId: target.id,
        before: { merged: { id: source.id, name: source.name, aliases: source.aliases }, target: { aliases: target.aliases } },
        after: { aliases, claimsMoved: affected.length },
      });
      return { targetId: target.id, aliases, claimsMoved: affected.length };
    },
    { timeout: 30_000 },
  );
}
