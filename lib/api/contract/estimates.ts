import { qualifiersSchema } from "@/lib/claims/value";
import { estimateRuleKindSchema } from "@/lib/estimates/rule";
import { defineRoute } from "../define-route";
import { idSchema, z } from "../schemas";

export const estimateSchema = z
  .object({
    subject: z.object({ id: z.string(), name: z.string() }),
    property: z.object({ id: z.string(), key: z.string() }),
    qualifiers: qualifiersSchema,
    low: z.number().nullable(),
    best: z.number().nullable(),
    high: z.number().nullable(),
    rule: estimateRuleKindSchema,
    explanation: z.string().meta({ description: "Which claims and sources gave which figure, and what was left out and why." }),
    independentSources: z.number().int().nonnegative(),
    sourceOriginal: z.array(z.string()).meta({ description: "The independent sources' origins, one each." }),
    claims: z.array(z.object({ id: z.string(), isUsed: z.boolean(), reason: z.string().optional() })),
  })
  .meta({ id: "Estimate" });

export const listEstimatesRoute = defineRoute({
  operationId: "listEstimates",
  method: "get",
  path: "/api/v1/projects/{projectId}/estimates",
  summary:
    "Low, best and high figures per (subject, property, qualifiers) of the quantity claims, under the project's rule (ucdp or " +
    "conservative), from approved claims (status=all: every status). Claims with one origin count as one source; deprecated " +
    "claims and excluded grades are left out, each with its reason.",
  tag: "Estimates",
  params: z.object({ projectId: idSchema }),
  query: z.object({
    subjectId: idSchema.optional(),
    propertyId: idSchema.optional(),
    status: z.enum(["approved", "all"]).default("approved"),
  }),
  response: { status: 200, description: "The estimates.", schema: z.object({ estimates: z.array(estimateSchema) }) },
  errors: [403, 404],
});
