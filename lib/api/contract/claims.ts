import { EntityKind, EventDatePrecision, PlacePrecision, ReliabilityGrade } from "@/lib/db/generated/enums";
import { claimInputSchema, claimUpdateSchema } from "@/lib/claims/claim-input";
import { CLAIM_COUNT_LIMIT, claimFiltersSchema } from "@/lib/claims/claim-filters";
import { entityInputSchema, entityQuerySchema, entityUpdateSchema } from "@/lib/entities/entity-input";
import { defineRoute } from "../define-route";
import { claimSchema } from "@/lib/claims/claim-view-schema";
import { idSchema, nullableRef, z } from "../schemas";

export const createClaimRoute = defineRoute({
  operationId: "createClaim",
  method: "post",
  path: "/api/v1/projects/{projectId}/claims",
  summary: "Record a draft claim: subject, property, typed value, qualifiers, attribution chain and evidence spans.",
  tag: "Claims",
  params: z.object({ projectId: idSchema }),
  body: claimInputSchema,
  response: { status: 201, description: "The claim.", schema: z.object({ claim: claimSchema }) },
  errors: [403, 404],
});

export const listClaimsRoute = defineRoute({
  operationId: "listClaims",
  method: "get",
  path: "/api/v1/projects/{projectId}/claims",
  summary: "Claims with filters (source, entity, property, status, attributedTo, hasConflict) and full-text search (q), paginated.",
  tag: "Claims",
  params: z.object({ projectId: idSchema }),
  query: claimFiltersSchema,
  response: {
    status: 200,
    description: "A page of claims.",
    schema: z.object({
      claims: z.array(claimSchema),
      total: z.number().int().meta({ description: `How many claims match, counted up to ${CLAIM_COUNT_LIMIT.toLocaleString("en-US")}.` }),
      isTotalExact: z.boolean().meta({ description: `False when more than ${CLAIM_COUNT_LIMIT.toLocaleString("en-US")} match: \`total\` is then that limit.` }),
      page: z.number().int(),
      pageSize: z.number().int(),
    }),
  },
  errors: [403, 404],
});

export const getClaimRoute = defineRoute({
  operationId: "getClaim",
  method: "get",
  path: "/api/v1/claims/{claimId}",
  summary: "A claim with evidence, attribution chain, conflicts, reviews and history.",
  tag: "Claims",
  params: z.object({ claimId: idSchema }),
  response: {
    status: 200,
    description: "The claim.",
    schema: z.object({ claim: claimSchema, history: z.array(z.record(z.string(), z.unknown())), reviews: z.array(z.record(z.string(), z.unknown())) }),
  },
  errors: [403, 404],
});

export const updateClaimRoute = defineRoute({
  operationId: "updateClaim",
  method: "patch",
  path: "/api/v1/claims/{claimId}",
  summary: "Edit a claim. `version` is required: a stale version gets 409 with the current state and changes nothing.",
  tag: "Claims",
  params: z.object({ claimId: idSchema }),
  body: claimUpdateSchema,
  response: { status: 200, description: "The updated claim.", schema: z.object({ claim: claimSchema }) },
  errors: [403, 404, 409],
});

const eventSchema = z
  .object({
    date: z
      .object({
        precision: z.enum(EventDatePrecision),
        start: z.string().meta({ description: "As precise as `precision`: YYYY-MM-DD, YYYY-MM or YYYY." }),
        end: z.string().meta({ description: "The last day, month or year, in the same form; equal to `start` for a single one." }),
      })
      .nullable(),
    place: z.object({ id: z.string(), name: z.string(), precision: z.enum(PlacePrecision) }).nullable(),
    participants: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(EntityKind) })),
  })
  .meta({ id: "Event" });

const entitySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(EntityKind),
    aliases: z.array(z.string()),
    wikidataQid: z.string().nullable(),
    description: z.string(),
    reliability: z.enum(ReliabilityGrade).nullable().meta({ description: "Admiralty reliability as a source, A–F." }),
    mergedIntoId: z.string().nullable(),
    claimCount: z.number().int(),
    event: nullableRef(eventSchema).meta({ description: "For kind event: its date, place and participants; null for every other kind." }),
  })
  .meta({ id: "Entity" });

export const listEntitiesRoute = defineRoute({
  operationId: "listEntities",
  method: "get",
  path: "/api/v1/projects/{projectId}/entities",
  summary: "Entities of a project; `q` matches names and aliases.",
  tag: "Entities",
  params: z.object({ projectId: idSchema }),
  query: entityQuerySchema,
  response: { status: 200, description: "Entities.", schema: z.object({ entities: z.array(entitySchema) }) },
  errors: [403, 404],
});

export const createEntityRoute = defineRoute({
  operationId: "createEntity",
  method: "post",
  path: "/api/v1/projects/{projectId}/entities",
  summary: "Create an entity (kind, aliases, optional Wikidata QID; for an event its date, place and participants).",
  tag: "Entities",
  params: z.object({ projectId: idSchema }),
  body: entityInputSchema,
  response: { status: 201, description: "The entity.", schema: z.object({ entity: entitySchema }) },
  errors: [403, 404, 409],
});

export const updateEntityRoute = defineRoute({
  operationId: "updateEntity",
  method: "patch",
  path: "/api/v1/entities/{entityId}",
  summary:
    "Edit an entity's name, kind, aliases or QID, and an event's date (with precision), place (with precision) and participants; " +
    "its reliability grade (A–F) takes an owner or reviewer.",
  tag: "Entities",
  params: z.object({ entityId: idSchema }),
  body: entityUpdateSchema,
  response: { status: 200, description: "The entity.", schema: z.object({ entity: entitySchema }) },
  errors: [403, 404],
});

export const mergeEntityRoute = defineRoute({
  operationId: "mergeEntity",
  method: "post",
  path: "/api/v1/entities/{entityId}/merge",
  summary: "Merge this entity into another: claims and event links (participations, places) follow, aliases combine; audited.",
  tag: "Entities",
  params: z.object({ entityId: idSchema }),
  body: z.object({ intoEntityId: idSchema }),
  response: {
    status: 200,
    description: "The result of the merge.",
    schema: z.object({ targetId: z.string(), aliases: z.array(z.string()), claimsMoved: z.number().int(), mergeId: z.string() }),
  },
  errors: [403, 404, 409],
});

export const unmergeEntityRoute = defineRoute({
  operationId: "unmergeEntity",
  method: "delete",
  path: "/api/v1/entities/{entityId}/merge",
  summary: "Undo this entity's last merge: it is listed again and the claims the merge moved point at it again; audited.",
  tag: "Entities",
  params: z.object({ entityId: idSchema }),
  response: {
    status: 200,
    description: "The result of the un-merge.",
    schema: z.object({ entityId: z.string(), targetId: z.string(), claimsRestored: z.number().int() }),
  },
  errors: [403, 404, 409],
});
