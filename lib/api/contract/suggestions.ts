import { acceptCandidateSchema, candidateKeySchema, dismissCandidateSchema, suggestClaimsSchema, suggestTextSchema } from "@/lib/claims/suggestion-input";
import { assertionValueSchema, dateValueSchema, hedgingSchema, quantityValueSchema } from "@/lib/claims/value";
import { defineRoute } from "../define-route";
import { idSchema, nullableRef, z } from "../schemas";
import { claimSchema } from "@/lib/claims/claim-view-schema";
import { annotationSchema } from "./sources";

const offsets = {
  start: z.number().int().meta({ description: "Code point offset into the text" }),
  end: z.number().int(),
};

const victimGroupQualifiers = z.object({ victimGroup: z.enum(["civilians", "fighters", "soldiers", "mixed"]) });

const attributionSuggestionSchema = z
  .object({
    ...offsets,
    chain: z.array(z.object({ role: z.enum(["origin", "intermediary"]), partyName: z.string() })).meta({
      description: "Origin first, then each intermediary; the reporting document is the source itself.",
    }),
    polarity: z.enum(["affirmed", "denied"]).nullable(),
    hedging: hedgingSchema.nullable(),
  })
  .meta({ id: "AttributionSuggestion" });

export const textSuggestionsSchema = z
  .object({
    quantities: z.array(z.object({ ...offsets, value: quantityValueSchema, qualifiers: victimGroupQualifiers.optional() })),
    dates: z.array(z.object({ ...offsets, value: dateValueSchema })),
    attributions: z.array(attributionSuggestionSchema),
  })
  .meta({ id: "TextSuggestions" });

export const suggestTextRoute = defineRoute({
  operationId: "suggestText",
  method: "post",
  path: "/api/v1/suggestions",
  summary: "Figures, dates and attributions read from some words (a selection), each with its code point offsets into the text sent. Nothing is stored.",
  tag: "Suggestions",
  body: suggestTextSchema,
  response: { status: 200, description: "What the words suggest.", schema: textSuggestionsSchema },
  errors: [404],
});

export const claimCandidateSchema = z
  .object({
    key: z.string().meta({ description: "Stable for this reading of these words on this revision; dismiss or accept by it." }),
    ...offsets,
    quote: z.string().meta({ description: "The evidence: the sentence the claim is read from." }),
    valueSpan: z.object(offsets),
    value: z.discriminatedUnion("type", [quantityValueSchema, assertionValueSchema]),
    qualifiers: victimGroupQualifiers.optional(),
    attribution: nullableRef(attributionSuggestionSchema),
    date: dateValueSchema.nullable(),
  })
  .meta({ id: "ClaimCandidate" });

export const suggestClaimsRoute = defineRoute({
  operationId: "suggestClaims",
  method: "post",
  path: "/api/v1/sources/{sourceId}/suggestions",
  summary: "Candidate claims read from a whole revision of a source (the current one by default), leaving out those dismissed or already taken up.",
  tag: "Suggestions",
  params: z.object({ sourceId: idSchema }),
  body: suggestClaimsSchema,
  response: {
    status: 200,
    description: "The candidates, in text order.",
    schema: z.object({
      revision: z.object({ id: z.string(), number: z.number().int() }),
      candidates: z.array(claimCandidateSchema),
      dismissedCount: z.number().int().meta({ description: "Candidates of this revision dismissed, or taken up as claims" }),
    }),
  },
  errors: [404],
});

const candidateParams = z.object({ sourceId: idSchema, key: candidateKeySchema });

export const dismissCandidateRoute = defineRoute({
  operationId: "dismissCandidate",
  method: "post",
  path: "/api/v1/sources/{sourceId}/suggestions/{key}/dismiss",
  summary: "Stop offering a candidate claim on this revision (idempotent, audited). With `claimId`: the candidate became that claim.",
  tag: "Suggestions",
  params: candidateParams,
  body: dismissCandidateSchema,
  response: { status: 200, description: "The candidate is dismissed.", schema: z.object({ key: z.string(), dismissedCount: z.number().int() }) },
  errors: [403, 404, 409],
});

export const acceptCandidateRoute = defineRoute({
  operationId: "acceptCandidate",
  method: "post",
  path: "/api/v1/sources/{sourceId}/suggestions/{key}/accept",
  summary:
    "Record a candidate as it stands, in one transaction: the highlight of its evidence and a draft claim with its value, qualifiers, date (as the time qualifier), " +
    "hedging and attribution chain (named parties). The revision must be the current one.",
  tag: "Suggestions",
  params: candidateParams,
  body: acceptCandidateSchema,
  response: { status: 201, description: "The highlight and the draft claim.", schema: z.object({ annotation: annotationSchema, claim: claimSchema }) },
  errors: [403, 404, 409],
});
