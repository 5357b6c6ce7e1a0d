import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { hiddenObjects } from "../coding-rounds/blind-visibility";
import { AuditFilters } from "@/lib/audit/audit-filters";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The project's audit trail, newest first, filtered by actor, object type,
 * object and day range, paged by a cursor; plus the actors and object types
 * that occur, for the filter menus.
 */
export async function listAuditEvents(db: Db, actor: Actor, projectId: string, filters: AuditFilters) {
  await requireProjectPermission(db, actor, projectId, "audit:read");
  const createdAt: Prisma.DateTimeFilter = {};
  if (filters.from) createdAt.gte = new Date(`${filters.from}T00:00:00.000Z`);
  if (filters.to) createdAt.lt = new Date(new Date(`${filters.to}T00:00:00.000Z`).getTime() + DAY_MS);
  // The audit trail holds every claim's, highlight's and comment's before and after: a blind coder's omits the hidden ones.
  const hidden = await hiddenObjects(db, actor, projectId);
  const where: Prisma.AuditEventWhereInput = {
    projectId,
    NOT: [
      { objectType: "Claim", objectId: { in: hidden.claimIds } },
      { objectType: "Annotation", objectId: { in: hidden.annotationIds } },
      { objectType: "Conflict", objectId: { in: hidden.conflictIds } },
      { objectType: "Comment", objectId: { in: hidden.commentIds } },
    ],
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.objectType ? { objectType: filters.objectType } : {}),
    ...(filters.objectId ? { objectId: filters.objectId } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
    ...(filters.before ? { id: { lt: BigInt(filters.before) } } : {}),
  };
  const [rows, objectTypes, actorIds] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: { id: "desc" },
      take: filters.limit + 1,
      include: { actor: { select: { id: true, name: true } } },
    }),
    db.auditEvent.groupBy({ by: ["objectType"], where: { projectId }, orderBy: { objectType: "asc" } }),
    db.auditEvent.groupBy({ by: ["actorId"], where: { projectId, actorId: { not: null } } }),
  ]);
  const actors = await db.user.findMany({
    where: { id: { in: actorIds.map((a) => a.actorId!) } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const page = rows.slice(0, filters.limit);
  return {
    events: page.map((event) => ({
      id: event.id.toString(),
      action: event.action,
      objectType: event.objectType,
      objectId: event.objectId,
      actor: event.actor,
      before: event.before,
      after: event.after,
      createdAt: event.createdAt.toISOString(),
    })),
    nextCursor: rows.length > filters.limit ? page[page.length - 1]!.id.toString() : null,
    facets: { actors, objectTypes: objectTypes.map((t) => t.objectType) },
  };
}
export type AuditEventView = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];
