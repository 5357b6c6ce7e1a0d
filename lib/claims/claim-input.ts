import { z } from "zod";
import { attributionLinkSchema, claimValueSchema, hedgingSchema, qualifiersSchema } from "@/lib/claims/value";
import { credibilityGradeSchema } from "@/lib/estimates/rule";

const id = z.string().min(1).max(64);

// Each field once, without defaults: a default belongs to creating a claim, never to an edit,
// where an absent field must mean "unchanged" (zod applies defaults even inside .partial()).
const fields = {
  subjectId: z.string().min(1, "Choose who or what the claim is about").max(64),
  propertyId: z.string().min(1, "Choose what the claim records: a property").max(64),
  value: claimValueSchema,
  qualifiers: qualifiersSchema,
  hedging: hedgingSchema.nullable(),
  note: z.string().trim().max(5000),
  /** Ordered: origin first, then intermediaries; the reporting document comes from the evidence. */
  attribution: z.array(attributionLinkSchema).max(10),
  evidenceAnnotationIds: z.array(id).min(1, "A claim needs at least one evidence span").max(50),
  /** Admiralty credibility of the information, 1 (confirmed) to 6 (cannot be judged). */
  credibility: credibilityGradeSchema.nullable(),
  /** The claim of the same project this one repeats: it is then not an independent source. */
  derivedFromId: id.nullable(),
};

export const claimInputSchema = z.object({
  ...fields,
  qualifiers: fields.qualifiers.default({}),
  hedging: fields.hedging.optional(),
  note: fields.note.default(""),
  attribution: fields.attribution.default([]),
  credibility: fields.credibility.optional(),
  derivedFromId: fields.derivedFromId.optional(),
});
export type ClaimInput = z.input<typeof claimInputSchema>;
export type ParsedClaimInput = z.output<typeof claimInputSchema>;

/**
 * An edit names only what it changes: an absent field keeps its stored value; `null` clears
 * the fields that may be empty (qualifiers, hedging, note, attribution, credibility, derivedFromId).
 */
export const claimUpdateSchema = z.object({
  subjectId: fields.subjectId.optional(),
  propertyId: fields.propertyId.optional(),
  value: fields.value.optional(),
  qualifiers: fields.qualifiers.nullable().optional(),
  hedging: fields.hedging.optional(),
  note: fields.note.nullable().optional(),
  attribution: fields.attribution.nullable().optional(),
  evidenceAnnotationIds: fields.evidenceAnnotationIds.optional(),
  credibility: fields.credibility.optional(),
  derivedFromId: fields.derivedFromId.optional(),
  version: z.number().int().min(1, "Send the version your edit is based on"),
});
export type ClaimUpdate = z.input<typeof claimUpdateSchema>;
