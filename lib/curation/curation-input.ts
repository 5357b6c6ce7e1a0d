import { z } from "zod";
import { claimInputSchema } from "@/lib/claims/claim-input";

/**
 * A curator's decision on one unit of a closed coding round (issue 19):
 * accept one of the unit's claims (`claimId`), or write a claim of their own
 * (`claim`, what creating a claim takes). Exactly one of the two.
 */
export const curateUnitSchema = z
  .strictObject({
    unitKey: z
      .string()
      .min(1, "Name the unit: its key from the round's units")
      .max(4000)
      .meta({ description: "The unit's key, as `GET /api/v1/coding-rounds/{roundId}/units` lists it." }),
    claimId: z.string().min(1).max(64).optional().meta({ description: "Accept this claim of the unit (any coder's, superseded ones too) as the curated claim." }),
    claim: claimInputSchema.optional().meta({ description: "Write the unit's claim yourself, about the unit's subject and property." }),
  })
  .refine((input) => (input.claimId === undefined) !== (input.claim === undefined), {
    message: "Send either claimId (accept a coder's claim) or claim (write your own), not both",
    path: ["claimId"],
  })
  .meta({ id: "CurateUnit" });

export type CurateUnitInput = z.output<typeof curateUnitSchema>;
