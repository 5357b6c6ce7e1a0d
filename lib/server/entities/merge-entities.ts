import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { reevaluateGroup } from "../conflicts/reevaluate-group";
import type { Prisma } from "@/lib/db/generated/client";
import { ConflictError, NotFoundError, ValidationError } from "../errors";

const MAX_MERGE_CHAIN = 100;

/**
 * The entity a merge lands in: the target itself, or the entity it was merged into, and so
 * on. An entity of another project is "not found", exactly like one that does not exist.
 */
async function finalEntity(tx: Prisma.TransactionClient, targetId: string, projectId: string) {
  let target = await tx.entity.findUnique({ where: { id: targetId } });
  for (let hops = 0; target?.mergedIntoId && hops < MAX_MERGE_CHAIN; hops += 1) {
    target = await tx.entity.findUnique({ where: { id: target.mergedIntoId } });
  }
  if (!target || target.mergedIntoId || target.projectId !== projectId) throw new NotFoundError("The entity to merge into");
  if (target.id !== targetId) await tx.$queryRaw`SELECT id FROM "Entity" WHERE id = ${target.id} FOR UPDATE`;
  return target;
}

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
      // Both rows locked in one fixed order: parallel merges of the same entities take turns
      // instead of each moving claims under its own view (or deadlocking).
      await tx.$queryRaw`SELECT id FROM "Entity" WHERE id IN (${input.sourceId}, ${input.targetId}) ORDER BY id FOR UPDATE`;
      const source = await tx.entity.findUnique({ where: { id: input.sourceId } });
      if (!source) throw new NotFoundError("The entity to merge");
      await requireProjectPermission(tx, actor, source.projectId, "entity:merge", "Entity");
      if (source.mergedIntoId) throw new ConflictError("This entity has already been merged into another one.");
      const target = await finalEntity(tx, input.targetId, source.projectId);
      if (target.id === source.id) throw new ConflictError("That would merge the entity into itself: the target was merged into it.");

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
