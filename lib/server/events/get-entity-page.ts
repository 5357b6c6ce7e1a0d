import "server-only";
import type { Db } from "@/lib/db/client";
import { claimTimeline } from "@/lib/events/claim-timeline";
import { writtenAt } from "@/lib/events/event-date";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { claimRecordIncludeFor } from "../claims/claim-record";
import { blindnessIn } from "../coding-rounds/blind-visibility";
import { claimView } from "../claims/claim-view";
import { NotFoundError } from "../errors";
import { listEstimates } from "../estimates/list-estimates";
import { eventSelect, eventView } from "./event-fields";

const MAX_TIMELINE_CLAIMS = 500;

/**
 * Everything the entity page shows. The entity decides the project (the
 * caller checks it matches the address); for an event, also its estimates
 * and its claims per property in the order sources reported them.
 */
export async function getEntityPage(db: Db, actor: Actor, entityId: string) {
  const entity = await db.entity.findUnique({
    where: { id: entityId },
    select: {
      id: true,
      projectId: true,
      name: true,
      kind: true,
      aliases: true,
      description: true,
      wikidataQid: true,
      mergedInto: { select: { id: true, name: true } },
      ...eventSelect,
      participatesIn: { select: { event: { select: { id: true, name: true } } }, orderBy: { event: { name: "asc" } } },
      eventsHere: { select: { id: true, name: true }, orderBy: { name: "asc" } },
    },
  });
  if (!entity) throw new NotFoundError("Entity");
  await requireProjectPermission(db, actor, entity.projectId, "project:read", "Entity");
  const { participatesIn, eventsHere, mergedInto, projectId, id, name, kind, aliases, description, wikidataQid } = entity;
  const base = {
    entity: { id, projectId, name, kind, aliases, description, wikidataQid, mergedInto },
    event: eventView(entity),
    takesPartIn: participatesIn.map(({ event }) => event),
    eventsHere,
  };
  if (kind !== "event") return { ...base, estimates: [], timeline: [] };
  const blindness = await blindnessIn(db, actor, projectId);
  const [estimates, claims] = await Promise.all([
    listEstimates(db, actor, projectId, { subjectId: id, statuses: "approved" }),
    db.claim.findMany({
      where: { projectId, subjectId: id, isDeleted: false, AND: [blindness.claims] },
      include: claimRecordIncludeFor(blindness),
      orderBy: { createdAt: "asc" },
      take: MAX_TIMELINE_CLAIMS,
    }),
  ]);
  const views = claims.map(claimView);
  const sources = await db.source.findMany({
    where: { id: { in: [...new Set(views.flatMap((claim) => claim.evidence.map((e) => e.sourceId)))] }, publishedAt: { not: null } },
    select: { id: true, publishedAt: true },
  });
  const publishedDays = new Map(sources.map((source) => [source.id, writtenAt(source.publishedAt!, "day")]));
  return { ...base, estimates, timeline: claimTimeline(views, publishedDays) };
}

export type EntityPage = Awaited<ReturnType<typeof getEntityPage>>;
