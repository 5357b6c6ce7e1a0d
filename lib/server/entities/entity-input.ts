import { z } from "zod";
import { EntityKind } from "@/lib/db/generated/enums";

export const entityInputSchema = z.object({
  name: z.string().trim().min(1, "A name is required").max(200),
  kind: z.enum(EntityKind),
  aliases: z
    .array(z.string().trim().min(1).max(200))
    .max(50)
    .default([])
    .transform((aliases) => [...new Set(aliases)]),
  wikidataQid: z
    .string()
    .trim()
    .regex(/^Q[1-9]\d*$/, "A Wikidata QID looks like Q12345")
    .nullable()
    .optional(),
  description: z.string().trim().max(2000).default(""),
});
export type EntityInput = z.input<typeof entityInputSchema>;

export const entityUpdateSchema = entityInputSchema.partial();

export const entityQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(EntityKind).optional(),
});
