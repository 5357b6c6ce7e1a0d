import { z } from "zod";
import { claimValueSchema, qualifiersSchema } from "@/lib/claims/value";

/**
 * The agreement of a coding round, as `GET /api/v1/coding-rounds/{roundId}/agreement`
 * is to answer (issue 19). The route's contract in lib/api/contract can take these
 * schemas as they are; the `AgreementReport` type is inferred from them.
 */

const alphaSchema = <M extends "interval" | "nominal">(metric: M) =>
  z.object({
    metric: z.literal(metric),
    value: z.number().nullable().meta({ description: "Krippendorff's α; null where fewer than two values are pairable or they do not vary." }),
    pairableValues: z.number().int().nonnegative().meta({ description: "Values in units that at least two coders valued." }),
  });

export const agreementUnitSchema = z
  .object({
    key: z.string(),
    sourceId: z.string(),
    subjectId: z.string(),
    propertyId: z.string(),
    qualifiers: qualifiersSchema,
    origin: z.object({ key: z.string(), label: z.string() }),
    proposition: z.string().nullable().meta({ description: "The normalised proposition, for a unit of assertions." }),
  })
  .meta({ id: "AgreementUnit", description: "What one source says about one subject's property, under one set of qualifiers, from one origin." });

const alphaByKindSchema = z.object({
  quantity: alphaSchema("interval").meta({ description: "Over the quantities' lower bounds (min)." }),
  assertion: alphaSchema("nominal").meta({ description: "Over the assertions' polarity." }),
  entity: alphaSchema("nominal").meta({ description: "Over the entity values' entity ids." }),
});

export const codedValueSchema = z.object({ claimId: z.string(), value: claimValueSchema });

export const agreementReportSchema = z
  .object({
    coders: z.array(z.string()),
    units: z.number().int().nonnegative(),
    alpha: alphaByKindSchema,
    disagreements: z.array(
      z.object({
        unit: agreementUnitSchema,
        valuesByCoder: z
          .record(z.string(), codedValueSchema.nullable())
          .meta({ description: "Every coder of the round: the claim that counts in the unit, or null where they did not code it." }),
      }),
    ),
    superseded: z
      .array(z.object({ unit: z.string(), coderId: z.string(), claimId: z.string(), supersededBy: z.string() }))
      .meta({ description: "Claims that a later claim of the same coder in the same unit replaced." }),
    spanAgreement: z.array(
      z.object({
        coderA: z.string(),
        coderB: z.string(),
        share: z
          .number()
          .min(0)
          .max(1)
          .nullable()
          .meta({ description: "Evidence spans matched one to one by a span of the other coder overlapping at least half of the longer span." }),
        spans: z.number().int().nonnegative(),
        matchedSpans: z.number().int().nonnegative(),
      }),
    ),
    pairAlpha: z
      .array(z.object({ coderA: z.string(), coderB: z.string(), alpha: alphaByKindSchema }))
      .meta({ description: "The same α over each pair of coders alone, pairs in the order of spanAgreement." }),
  })
  .meta({ id: "AgreementReport" });

export type AgreementReport = z.infer<typeof agreementReportSchema>;
