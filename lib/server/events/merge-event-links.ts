import "server-only";
import type { Entity, Prisma } from "@/lib/db/generated/client";

type Tx = Prisma.TransactionClient;

/**
 * What a merge does to events, like what it does to claims: references to
 * the merged entity move to the entity it is merged into. Events it took part
 * in list the target instead (once, even when both took part); a merged event's
 * participants join the target event's, and its date and place fill the
 * target's where the target has none; events at a merged place are at the
 * target, when that is a place. Returns the counts for the merge's audit event.
 */
export async function moveEventLinks(tx: Tx, { source, target }: { source: Entity; target: Entity }) {
  // An event cannot take part in itself: a participation that would become one is dropped.
  const participations = await tx.$executeRaw`
    INSERT INTO "EventParticipant" ("eventId", "entityId")
    SELECT "eventId", ${target.id} FROM "EventParticipant" WHERE "entityId" = ${source.id} AND "eventId" <> ${target.id}
    ON CONFLICT DO NOTHING`;
  await tx.eventParticipant.deleteMany({ where: { entityId: source.id } });
  if (target.kind === "place") {
    await tx.entity.updateMany({ where: { eventPlaceId: source.id }, data: { eventPlaceId: target.id } });
  }
  if (target.kind !== "event" || source.kind !== "event") return { participations, participants: 0 };
  const participants = await tx.$executeRaw`
    INSERT INTO "EventParticipant" ("eventId", "entityId")
    SELECT ${target.id}, "entityId" FROM "EventParticipant" WHERE "eventId" = ${source.id} AND "entityId" <> ${target.id}
    ON CONFLICT DO NOTHING`;
  await tx.eventParticipant.deleteMany({ where: { eventId: source.id } });
  await tx.entity.update({
    where: { id: target.id },
    data: {
      ...(target.eventStart === null && source.eventStart !== null
        ? { eventStart: source.eventStart, eventEnd: source.eventEnd, eventDatePrecision: source.eventDatePrecision }
        : {}),
      ...(target.eventPlaceId === null && source.eventPlaceId !== null && source.eventPlaceId !== target.id
        ? { eventPlaceId: source.eventPlaceId, eventPlacePrecision: source.eventPlacePrecision }
        : {}),
    },
  });
  return { participations, participants };
}
