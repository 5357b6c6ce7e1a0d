import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import type { ParsedClaimInput } from "@/lib/claims/claim-input";
import type { ClaimContentAction } from "@/lib/audit/audit-events";
import { storedClaimInput, type ClaimRecord } from "../claims/claim-record";
import { claimsNaming, refreshSearchOfClaimsNaming } from "../claims/claim-search";
import { writeClaim } from "../claims/claim-writer";
import { ConflictGroups } from "../conflicts/conflict-groups";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { type MovedReference, referencesTo } from "@/lib/entities/moved-references";
import { errorCodes } from "@/lib/errors/error-codes";
import { moveEventLinks } from "../events/merge-event-links";

type Tx = Prisma.TransactionClient;

const MAX_MERGE_CHAIN = 100;
export const MERGE_TIMEOUT_MS = 60_000;

/**
 * The entity a merge lands in: the target itself, or the entity it was merged into, and so
 * on. An entity of another project is "not found", exactly like one that does not exist.
 */
async function finalEntity(tx: Tx, targetId: string, projectId: string) {
  let target = await tx.entity.findUnique({ where: { id: targetId } });
  for (let hops = 0; target?.mergedIntoId && hops < MAX_MERGE_CHAIN; hops += 1) {
    target = await tx.entity.findUnique({ where: { id: target.mergedIntoId } });
  }
  if (!target || target.mergedIntoId || target.projectId !== projectId) throw new NotFoundError("The entity to merge into");
  if (target.id !== targetId) await tx.$queryRaw`SELECT id FROM "Entity" WHERE id = ${target.id} FOR UPDATE`;
  return target;
}

/** Both rows locked in one fixed order: parallel merges of the same entities take turns instead of deadlocking. */
export async function lockEntities(tx: Tx, ids: string[]): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Entity" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
}

/**
 * Rewrites live claims through the claim writer with their stored content,
 * changed by `rewrite`: references to a merged entity resolve to the entity
 * it was merged into, so each claim gets a new version, a fresh search
 * vector and an audit event, and its conflict groups are re-evaluated once at
 * the end. Returns the ids rewritten.
 */
export async function rewriteClaims(
  tx: Tx,
  { actor, projectId, claims, action, rewrite }: { actor: Actor; projectId: string; claims: ClaimRecord[]; action: ClaimContentAction; rewrite: (claim: ClaimRecord) => ParsedClaimInput },
): Promise<Set<string>> {
  const groups = new ConflictGroups();
  for (const existing of claims) {
    await writeClaim({ tx, actor, projectId, input: rewrite(existing), existing, action, isContentEdit: false, conflictGroups: groups });
  }
  await groups.reevaluate(tx, actor);
  return new Set(claims.map((claim) => claim.id));
}

/**
 * Merges `sourceId` into `targetId`: claims, values and attributions follow,
 * aliases combine (the merged name becomes an alias), and the merged entity
 * stays as a pointer for the audit trail and for an un-merge, which the
 * merge record makes possible. Event participations and places follow too
 * (see moveEventLinks); an un-merge leaves them with the target, since the
 * merge record keeps only the claims' references. A merge rewrites references without authoring
 * content, so it does not make the merger the claims' editor.
 */
export async function mergeEntities(db: Db, actor: Actor, input: { sourceId: string; targetId: string }) {
  if (input.sourceId === input.targetId) throw new ValidationError("An entity cannot be merged into itself.");
  return db.$transaction(
    async (tx) => {
      await lockEntities(tx, [input.sourceId, input.targetId]);
      const source = await tx.entity.findUnique({ where: { id: input.sourceId } });
      if (!source) throw new NotFoundError("The entity to merge");
      await requireProjectPermission(tx, actor, source.projectId, "entity:merge", "The entity to merge");
      if (source.mergedIntoId) throw new ConflictError("This entity has already been merged into another one.", undefined, errorCodes.alreadyMerged);
      const target = await finalEntity(tx, input.targetId, source.projectId);
      if (target.id === source.id) throw new ConflictError("That would merge the entity into itself: the target was merged into it.", undefined, errorCodes.mergeCycle);

      const claims = await claimsNaming(tx, source.id);
      const movedReferences: MovedReference[] = claims.map((claim) => referencesTo(claim, source.id));

      const aliases = [...new Set([...target.aliases, source.name, ...source.aliases])].filter((a) => a !== target.name);
      await tx.entity.update({ where: { id: target.id }, data: { aliases } });
      await tx.entity.update({ where: { id: source.id }, data: { mergedIntoId: target.id } });
      const eventLinksMoved = await moveEventLinks(tx, { source, target });
      // Withdrawn claims stay as they were withdrawn: a reference to a merged entity resolves through it.
      const rewritten = await rewriteClaims(tx, { actor, projectId: target.projectId, claims, action: "claim.entity_merge", rewrite: storedClaimInput });
      await refreshSearchOfClaimsNaming(tx, target.id, rewritten);
      const record = await tx.entityMergeRecord.create({
        data: {
          projectId: target.projectId,
          sourceId: source.id,
          targetId: target.id,
          targetAliasesBefore: target.aliases,
          movedReferences: movedReferences as unknown as Prisma.InputJsonValue,
          mergedById: actor.userId,
        },
      });
      await writeAudit(tx, {
        projectId: target.projectId,
        actor,
        action: "entity.merge",
        objectType: "Entity",
        objectId: target.id,
        before: { merged: { id: source.id, name: source.name, aliases: source.aliases }, target: { aliases: target.aliases } },
        after: { aliases, claimsMoved: claims.length, eventLinksMoved, mergeId: record.id },
      });
      return { targetId: target.id, aliases, claimsMoved: claims.length, mergeId: record.id };
    },
    { timeout: MERGE_TIMEOUT_MS },
  );
}
