import { z } from "zod";
import { EntityKind } from "@/lib/db/generated/enums";
import { reliabilityGradeSchema } from "@/lib/estimates/rule";
import { eventInputSchema } from "@/lib/events/event-input";

// Each field once, without defaults: defaults belong to creating an entity; in an edit an
// absent field must keep its stored value (zod applies defaults even inside .partial()).
const fields = {
  name: z.string().trim().min(1, "A name is required").max(200),
  kind: z.enum(EntityKind),
  aliases: z
    .array(z.string().trim().min(1).max(200))
    .max(50)
    .transform((aliases) => [...new Set(aliases)]),
  wikidataQid: z
    .string()
    .trim()
    .regex(/^Q[1-9]\d*$/, "A Wikidata QID looks like Q12345")
    .nullable(),
  description: z.string().trim().max(2000),
};

/** Admiralty reliability as a source, A–F: graded on an existing entity (source:grade), not at creation. */
const reliability = reliabilityGradeSchema.nullable();

export const entityInputSchema = z.object({
  ...fields,
  aliases: fields.aliases.default([]),
  wikidataQid: fields.wikidataQid.optional(),
  description: fields.description.default(""),
  event: eventInputSchema.optional().meta({ description: "Only for kind event: its date, place and participants." }),
});
export type EntityInput = z.input<typeof entityInputSchema>;

/** Only the fields named change; `null` clears aliases, the QID, the description or the reliability grade. */
export const entityUpdateSchema = z.object({
  name: fields.name.optional(),
  kind: fields.kind.optional(),
  aliases: fields.aliases.nullable().optional(),
  wikidataQid: fields.wikidataQid.optional(),
  description: fields.description.nullable().optional(),
  reliability: reliability.optional(),
  event: eventInputSchema.nullable().optional().meta({ description: "Only for kind event; `null` clears its date, place and participants." }),
});

/** The columns an entity update writes: absent fields are left out, cleared ones take their empty value. */
export function entityUpdateColumns(update: Omit<z.output<typeof entityUpdateSchema>, "event">) {
  const { aliases, description, ...rest } = update;
  return {
    ...rest,
    ...(aliases !== undefined ? { aliases: aliases ?? [] } : {}),
    ...(description !== undefined ? { description: description ?? "" } : {}),
  };
}

export const entityQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(EntityKind).optional(),
});
