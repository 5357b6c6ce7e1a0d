import { z } from "zod";
import { claimSchema, personSchema } from "@/lib/claims/claim-view-schema";

/** Which claim stands for a unit of a coding round, who chose it and when. */
export const curationDecisionSchema = z
  .object({
    id: z.string(),
    unitKey: z.string(),
    kind: z.enum(["accepted", "written"]).meta({ description: "accepted: a coder's claim; written: the curator wrote their own." }),
    claim: claimSchema.meta({ description: "The curated claim, which went to review." }),
    decidedBy: personSchema,
    createdAt: z.string(),
  })
  .meta({ id: "CurationDecision" });

/** One unit of a round, side by side: per coder, in the round's order, the claim that counts and the ones it replaced. */
export const curationUnitSchema = z
  .object({
    key: z.string(),
    subject: z.object({ id: z.string(), name: z.string() }),
    property: z.object({ id: z.string(), key: z.string(), label: z.string() }),
    qualifiers: z.record(z.string(), z.string()),
    origin: z.object({ key: z.string(), label: z.string() }),
    proposition: z.string().nullable(),
    codings: z.array(
      z.object({
        coder: personSchema,
        claim: claimSchema.nullable().meta({ description: "The coder's claim that counts in the unit; null when they did not code it." }),
        superseded: z.array(claimSchema).meta({ description: "The coder's earlier claims in the unit, which the counted one replaced." }),
      }),
    ),
    decision: curationDecisionSchema.nullable(),
  })
  .meta({ id: "CurationUnit" });

export type CurationDecisionView = z.output<typeof curationDecisionSchema>;
export type CurationUnitView = z.output<typeof curationUnitSchema>;
