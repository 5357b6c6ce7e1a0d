import { z } from "zod";
import { PlacePrecision, type EntityKind } from "@/lib/db/generated/enums";
import { eventDateInputSchema } from "./event-date";

const entityIdSchema = z.string().min(1).max(64);

/**
 * What an event adds to an entity. Each part is optional (absent keeps the
 * stored value) and `null` clears it; `participantIds` replaces the list.
 */
export const eventInputSchema = z.object({
  date: eventDateInputSchema.nullable().optional(),
  place: z
    .object({
      entityId: entityIdSchema.meta({ description: "An entity of kind place in the same project." }),
      precision: z.enum(PlacePrecision).meta({ description: "exact: the place itself; near: close to it; region: somewhere in its region; country: only the country is known." }),
    })
    .nullable()
    .optional(),
  participantIds: z
    .array(entityIdSchema)
    .max(100, "An event lists at most 100 participants")
    .transform((ids) => [...new Set(ids)])
    .optional()
    .meta({ description: "Entities of the same project that took part; replaces the list." }),
});
export type EventInput = z.output<typeof eventInputSchema>;

/**
 * Why an entity of `kind` may not carry `event` (null when it may): only
 * events have a date, a place and participants. Clearing them (`null`) is
 * always allowed, so that an event can become another kind in one edit.
 */
export function eventFieldsRefusal(kind: EntityKind, event: EventInput | null | undefined): string | null {
  if (kind === "event" || event === undefined || event === null) return null;
  return `Only an entity of kind event has a date, a place or participants; this one is of kind ${kind.replaceAll("_", " ")}.`;
}
