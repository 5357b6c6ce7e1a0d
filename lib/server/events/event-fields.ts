import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { EntityKind } from "@/lib/db/generated/enums";
import type { Prisma } from "@/lib/db/generated/client";
import { writtenAt, writtenEventDate, type StoredEventDate } from "@/lib/events/event-date";
import { eventFieldsRefusal, type EventInput } from "@/lib/events/event-input";
import { ValidationError } from "../errors";

type Tx = Prisma.TransactionClient;

/** An event's own fields as stored, in the form the audit trail records them. */
export interface EventState {
  date: StoredEventDate | null;
  place: { entityId: string; precision: Exclude<EventInput["place"], null | undefined>["precision"] } | null;
  participantIds: string[];
}

const noEvent: EventState = { date: null, place: null, participantIds: [] };

/** The entity columns and relations an event is read from, for `eventView`. */
export const eventSelect = {
  eventStart: true,
  eventEnd: true,
  eventDatePrecision: true,
  eventPlacePrecision: true,
  eventPlace: { select: { id: true, name: true } },
  participants: { select: { entity: { select: { id: true, name: true, kind: true } } }, orderBy: { entity: { name: "asc" } } },
} satisfies Prisma.EntitySelect;

type EventRow = Prisma.EntityGetPayload<{ select: typeof eventSelect }> & { kind: EntityKind };

/** An entity's event part as the API returns it: null for every other kind. */
export function eventView(row: EventRow) {
  if (row.kind !== "event") return null;
  return {
    date: row.eventStart && row.eventDatePrecision ? writtenEventDate({ precision: row.eventDatePrecision, start: row.eventStart, end: row.eventEnd }) : null,
    place: row.eventPlace && row.eventPlacePrecision ? { ...row.eventPlace, precision: row.eventPlacePrecision } : null,
    participants: row.participants.map(({ entity }) => entity),
  };
}

async function storedState(tx: Tx, entityId: string): Promise<EventState> {
  const row = await tx.entity.findUniqueOrThrow({
    where: { id: entityId },
    select: { eventStart: true, eventEnd: true, eventDatePrecision: true, eventPlaceId: true, eventPlacePrecision: true, participants: { select: { entityId: true } } },
  });
  const day = (date: Date) => writtenAt(date, "day");
  return {
    date: row.eventStart && row.eventDatePrecision ? { precision: row.eventDatePrecision, start: day(row.eventStart), end: day(row.eventEnd ?? row.eventStart) } : null,
    place: row.eventPlaceId && row.eventPlacePrecision ? { entityId: row.eventPlaceId, precision: row.eventPlacePrecision } : null,
    participantIds: row.participants.map((p) => p.entityId).sort(),
  };
}

function nextState(current: EventState, input: EventInput | null | undefined): EventState {
  if (input === null) return noEvent;
  if (input === undefined) return current;
  return {
    date: input.date === undefined ? current.date : input.date,
    place: input.place === undefined ? current.place : input.place,
    participantIds: input.participantIds === undefined ? current.participantIds : [...input.participantIds].sort(),
  };
}

/**
 * Checks the entities an event names: its place must be a place of the same
 * project, its participants entities of the same project, none of them merged
 * away or the event itself. Another project's entity reads as a missing one.
 */
async function checkReferences(tx: Tx, entity: { id: string; projectId: string }, state: EventState): Promise<void> {
  const ids = [...state.participantIds, ...(state.place ? [state.place.entityId] : [])];
  if (ids.length === 0) return;
  const found = new Map(
    (await tx.entity.findMany({ where: { id: { in: ids }, projectId: entity.projectId, mergedIntoId: null }, select: { id: true, kind: true, name: true } })).map((e) => [e.id, e]),
  );
  const fields: { path: string; message: string }[] = [];
  if (state.place) {
    const place = found.get(state.place.entityId);
    if (!place) fields.push({ path: "event.place.entityId", message: `No entity ${state.place.entityId} in this project can be the event's place.` });
    else if (place.kind !== "place") fields.push({ path: "event.place.entityId", message: `"${place.name}" is not a place, so it cannot be where the event happened.` });
  }
  state.participantIds.forEach((id, index) => {
    if (id === entity.id) fields.push({ path: `event.participantIds.${index}`, message: "An event cannot take part in itself." });
    else if (!found.has(id)) fields.push({ path: `event.participantIds.${index}`, message: `No entity ${id} in this project can take part in the event.` });
  });
  if (fields.length > 0) throw new ValidationError(fields.map((f) => f.message).join(" "), fields);
}

/**
 * Writes an entity's event fields inside its create or update transaction and
 * returns what changed, for that edit's audit event, or null when nothing did.
 * `kind` is the entity's kind after the edit: an entity that is (or becomes)
 * no event may not keep a date, place or participants.
 */
export async function writeEventFields(
  tx: Tx,
  { entity, kind, input }: { entity: { id: string; projectId: string; kind: EntityKind }; kind: EntityKind; input: EventInput | null | undefined },
): Promise<{ before: EventState; after: EventState } | null> {
  if (input === undefined && kind === entity.kind) return null;
  const refusal = eventFieldsRefusal(kind, input);
  if (refusal) throw new ValidationError(refusal, [{ path: "event", message: refusal }]);
  const before = await storedState(tx, entity.id);
  const after = nextState(before, input);
  if (kind !== "event" && !isDeepStrictEqual(after, noEvent)) {
    const message = `An event with a date, a place or participants cannot become of kind ${kind.replaceAll("_", " ")}; clear them in the same edit (event: null).`;
    throw new ValidationError(message, [{ path: "kind", message }]);
  }
  if (isDeepStrictEqual(before, after)) return null;
  await checkReferences(tx, entity, after);
  await tx.entity.update({
    where: { id: entity.id },
    data: {
      eventStart: after.date ? new Date(after.date.start) : null,
      eventEnd: after.date ? new Date(after.date.end) : null,
      eventDatePrecision: after.date?.precision ?? null,
      eventPlaceId: after.place?.entityId ?? null,
      eventPlacePrecision: after.place?.precision ?? null,
    },
  });
  await tx.eventParticipant.deleteMany({ where: { eventId: entity.id, entityId: { notIn: after.participantIds } } });
  await tx.eventParticipant.createMany({ data: after.participantIds.map((entityId) => ({ eventId: entity.id, entityId })), skipDuplicates: true });
  return { before, after };
}
