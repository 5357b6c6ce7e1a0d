import "server-only";
import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { isDeepStrictEqual } from "node:util";
import { refreshSearchOfClaimsNaming } from "../claims/claim-search";
import { ConflictGroups } from "../conflicts/conflict-groups";
import { ConflictError, NotFoundError } from "../errors";
import { entityUpdateColumns, type entityInputSchema, type entityQuerySchema, type entityUpdateSchema } from "@/lib/entities/entity-input";
import { errorCodes } from "@/lib/errors/error-codes";
import { eventSelect, eventView, writeEventFields } from "../events/event-fields";

const entitySelect = {
  id: true,
  name: true,
  kind: true,
  aliases: true,
  wikidataQid: true,
  description: true,
  reliability: true,
  mergedIntoId: true,
  ...eventSelect,
  _count: { select: { claimsAsSubject: { where: { isDeleted: false } } } },
} satisfies Prisma.EntitySelect;

function entityView(entity: Prisma.EntityGetPayload<{ select: typeof entitySelect }>) {
  const { _count, eventStart, eventEnd, eventDatePrecision, eventPlacePrecision, eventPlace, participants, ...rest } = entity;
  return { ...rest, claimCount: _count.claimsAsSubject, event: eventView(entity) };
}

/** Entities of a project, matching a name or alias (case-insensitive); merged entities are hidden. */
export async function listEntities(db: Db, actor: Actor, projectId: string, query: z.output<typeof entityQuerySchema>) {
  await requireProjectPermission(db, actor, projectId, "project:read");
  let ids: string[] | undefined;
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Entity" WHERE "projectId" = ${projectId}
      AND (name ILIKE ${pattern} OR EXISTS (SELECT 1 FROM unnest(aliases) alias WHERE alias ILIKE ${pattern}))`;
    ids = rows.map((r) => r.id);
  }
  const entities = await db.entity.findMany({
    where: { projectId, mergedIntoId: null, ...(query.kind ? { kind: query.kind } : {}), ...(ids ? { id: { in: ids } } : {}) },
    select: entitySelect,
    orderBy: { name: "asc" },
    take: 200,
  });
  return entities.map(entityView);
}

export async function createEntity(db: Db, actor: Actor, projectId: string, input: z.output<typeof entityInputSchema>) {
  return db.$transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "entity:edit");
    const { event, ...columns } = input;
    try {
      const created = await tx.entity.create({ data: { projectId, ...columns }, select: { id: true, projectId: true, kind: true } });
      const eventChange = await writeEventFields(tx, { entity: created, kind: created.kind, input: event });
      await writeAudit(tx, { projectId, actor, action: "entity.create", objectType: "Entity", objectId: created.id, after: { ...columns, ...(eventChange ? { event: eventChange.after } : {}) } });
      return entityView(await tx.entity.findUniqueOrThrow({ where: { id: created.id }, select: entitySelect }));
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new ConflictError(`An entity named "${input.name}" already exists in this project.`, undefined, errorCodes.duplicate);
      }
      throw error;
    }
  });
}

/**
 * Edits an entity; absent fields keep their values and an edit that changes
 * nothing writes nothing. The claims that name the entity are found by its
 * new name and aliases, and their groups are re-evaluated, since conflict
 * explanations name the parties.
 */
export async function updateEntity(db: Db, actor: Actor, entityId: string, input: z.output<typeof entityUpdateSchema>) {
  return db.$transaction(async (tx) => {
    const before = await tx.entity.findUnique({ where: { id: entityId } });
    if (!before) throw new NotFoundError("Entity");
    await requireProjectPermission(tx, actor, before.projectId, "entity:edit", "Entity");
    const { event, ...fields } = input;
    const columns = entityUpdateColumns(fields);
    const changed = Object.fromEntries(
      Object.entries(columns).filter(([key, value]) => !isDeepStrictEqual(value, before[key as keyof typeof columns])),
    ) as typeof columns;
    if (changed.reliability !== undefined) await requireProjectPermission(tx, actor, before.projectId, "source:grade", "Entity");
    const eventChange = await writeEventFields(tx, { entity: before, kind: changed.kind ?? before.kind, input: event });
    if (Object.keys(changed).length === 0 && !eventChange) return entityView(await tx.entity.findUniqueOrThrow({ where: { id: entityId }, select: entitySelect }));
    const entity = await tx.entity.update({ where: { id: entityId }, data: changed, select: entitySelect });
    if (changed.name !== undefined || changed.aliases !== undefined) {
      const groups = new ConflictGroups();
      for (const claim of await refreshSearchOfClaimsNaming(tx, entityId)) groups.add(claim);
      await groups.reevaluate(tx, actor);
    }
    const changedBefore = Object.fromEntries(Object.keys(changed).map((key) => [key, before[key as keyof typeof changed]]));
    await writeAudit(tx, {
      projectId: before.projectId,
      actor,
      action: "entity.update",
      objectType: "Entity",
      objectId: entityId,
      before: { ...changedBefore, ...(eventChange ? { event: eventChange.before } : {}) },
      after: { ...changed, ...(eventChange ? { event: eventChange.after } : {}) },
    });
    return entityView(entity);
  });
}
