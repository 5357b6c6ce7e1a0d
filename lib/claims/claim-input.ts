import { z } from "zod";
import { attributionLinkSchema, claimValueSchema, hedgingSchema, qualifiersSchema } from "@/lib/claims/value";

const id = z.string().min(1).max(64);

export const claimInputSchema = z.object({
  subjectId: id,
  propertyId: id,
  value: claimValueSchema,
  qualifiers: qualifiersSchema.default({}),
  hedging: hedgingSchema.nullable().optional(),
  note: z.string().trim().max(5000).default(""),
  /** Ordered: origin first, then intermediaries; the reporting document comes from the evidence. */
  attribution: z.array(attributionLinkSchema).max(10).default([]),
  evidenceAnnotationIds: z.array(id).min(1, "A claim needs at least one evidence span").max(50),
});
export type ClaimInput = z.input<typeof claimInputSchema>;
export type ParsedClaimInput = z.output<typeof claimInputSchema>;

export const claimUpdateSchema = claimInputSchema.partial().extend({
  version: z.number().int().min(1, "Send the version your edit is based on"),
});
export type ClaimUpdate = z.input<typeof claimUpdateSchema>;
