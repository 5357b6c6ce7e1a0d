import { agreementReportSchema } from "@/lib/agreement/agreement-report-schema";
import { openCodingRoundSchema } from "@/lib/agreement/coding-round-input";
import { defineRoute } from "../define-route";
import { idSchema, z } from "../schemas";

export const codingRoundSchema = z
  .object({
    id: z.string(),
    projectId: z.string(),
    sourceId: z.string(),
    isBlind: z.boolean(),
    status: z.enum(["open", "closed"]),
    openedBy: z.object({ id: z.string(), name: z.string() }),
    coders: z
      .array(z.object({ id: z.string(), name: z.string(), doneAt: z.string().nullable().meta({ description: "When they marked their part done; null while coding." }) }))
      .meta({ description: "In the order the owner named them; the agreement report lists them in it." }),
    closedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "CodingRound" });

const roundParams = z.object({ roundId: idSchema });
const roundResponse = { status: 200, description: "The round.", schema: z.object({ round: codingRoundSchema }) };

export const openCodingRoundRoute = defineRoute({
  operationId: "openCodingRound",
  method: "post",
  path: "/api/v1/sources/{sourceId}/coding-rounds",
  summary:
    "Open a coding round on a source (owners only): the named coders, members who may create claims, code it independently. " +
    "While a blind round is open each coder sees only their own highlights and claims on the source, and the claims they make there belong to the round " +
    "and stay drafts. One open round per source (409 otherwise). Audited.",
  tag: "Coding rounds",
  params: z.object({ sourceId: idSchema }),
  body: openCodingRoundSchema,
  response: { status: 201, description: "The round, open.", schema: z.object({ round: codingRoundSchema }) },
  errors: [403, 404, 409],
});

export const getCodingRoundRoute = defineRoute({
  operationId: "getCodingRound",
  method: "get",
  path: "/api/v1/coding-rounds/{roundId}",
  summary: "A coding round: its source, coders, who is done and whether it is open, for members of its project.",
  tag: "Coding rounds",
  params: roundParams,
  response: roundResponse,
  errors: [404],
});

export const markCodingDoneRoute = defineRoute({
  operationId: "markCodingDone",
  method: "post",
  path: "/api/v1/coding-rounds/{roundId}/done",
  summary:
    "Mark my part of the round done (its coders only; again changes nothing). When the last coder is done the round closes and every coder sees everything. Audited.",
  tag: "Coding rounds",
  params: roundParams,
  response: roundResponse,
  errors: [403, 404, 409],
});

export const closeCodingRoundRoute = defineRoute({
  operationId: "closeCodingRound",
  method: "post",
  path: "/api/v1/coding-rounds/{roundId}/close",
  summary: "Close the round before every coder is done (owners only); every coder then sees everything. A closed round is a 409. Audited.",
  tag: "Coding rounds",
  params: roundParams,
  response: roundResponse,
  errors: [403, 404, 409],
});

export const getRoundAgreementRoute = defineRoute({
  operationId: "getRoundAgreement",
  method: "get",
  path: "/api/v1/coding-rounds/{roundId}/agreement",
  summary:
    "How far the round's coders agree: Krippendorff's α (interval over quantities' lower bounds, nominal over assertions' polarity and entity ids) over the units " +
    "(subject, property, qualifiers, attribution origin) of their claims in the round, the units where they disagree, and span agreement per coder pair. " +
    "While a blind round is open only owners may read it (403 for others).",
  tag: "Coding rounds",
  params: roundParams,
  response: { status: 200, description: "The agreement report.", schema: agreementReportSchema },
  errors: [403, 404],
});
