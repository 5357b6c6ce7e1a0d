import { ClaimRank, ConflictKind, ConflictStatus } from "@/lib/db/generated/enums";
import { conflictFiltersSchema, flagConflictSchema, groupResolutionSchema, resolutionSchema } from "@/lib/conflicts/conflict-input";
import { defineRoute } from "../define-route";
import { claimSchema, personSchema } from "@/lib/claims/claim-view-schema";
import { idSchema, nullableRef, z } from "../schemas";

const person = nullableRef(personSchema);

const conflictSchema = z
  .object({
    id: z.string(),
    projectId: z.string(),
    kind: z.enum(ConflictKind),
    status: z.enum(ConflictStatus),
    isManual: z.boolean(),
    explanation: z.string(),
    rationale: z.string().nullable(),
    resolutionReason: z.string().nullable(),
    statusNote: z.string().nullable(),
    isClosedAutomatically: z.boolean(),
    createdBy: person,
    resolvedBy: person,
    resolvedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    members: z.array(
      z.object({ rank: z.enum(ClaimRank), rankReason: z.string().nullable(), isDeleted: z.boolean(), claim: claimSchema }),
    ),
  })
  .meta({ id: "Conflict" });

export const listConflictsRoute = defineRoute({
  operationId: "listConflicts",
  method: "get",
  path: "/api/v1/projects/{projectId}/conflicts",
  summary: "Conflicts of a project, open first, with their claims side by side; filters: status, kind, entityId, propertyId, sourceId, claimId, conflictId.",
  tag: "Conflicts",
  params: z.object({ projectId: idSchema }),
  query: conflictFiltersSchema,
  response: {
    status: 200,
    description: "A page of conflicts.",
    schema: z.object({ conflicts: z.array(conflictSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
  },
  errors: [403, 404],
});

export const flagConflictRoute = defineRoute({
  operationId: "flagConflict",
  method: "post",
  path: "/api/v1/projects/{projectId}/conflicts",
  summary: "Flag a conflict by hand between two or more claims of the project (any sources), with a rationale. The same claims twice → 409.",
  tag: "Conflicts",
  params: z.object({ projectId: idSchema }),
  body: flagConflictSchema,
  response: { status: 201, description: "The new manual conflict.", schema: z.object({ conflict: conflictSchema }) },
  errors: [403, 404, 409],
});

export const resolveConflictRoute = defineRoute({
  operationId: "resolveConflict",
  method: "post",
  path: "/api/v1/conflicts/{conflictId}/resolution",
  summary:
    "Resolve (rank every claim preferred, normal or deprecated, with reasons), dismiss, or reopen a conflict. Audited; nothing is deleted. Deciding a conflict that is not open → 409.",
  tag: "Conflicts",
  params: z.object({ conflictId: idSchema }),
  body: resolutionSchema,
  response: { status: 200, description: "The conflict after the decision.", schema: z.object({ conflict: conflictSchema }) },
  errors: [403, 404, 409],
});

export const resolveConflictGroupRoute = defineRoute({
  operationId: "resolveConflictGroup",
  method: "post",
  path: "/api/v1/conflicts/group-resolution",
  summary:
    "Resolve (one rank for each claim of the group) or dismiss several open conflicts of one project in one step, all or nothing. " +
    "Each conflict takes the ranks of its own claims and is audited as if decided alone. A conflict that is not open → 409.",
  tag: "Conflicts",
  body: groupResolutionSchema,
  response: { status: 200, description: "The conflicts after the decision.", schema: z.object({ conflicts: z.array(conflictSchema) }) },
  errors: [403, 404, 409],
});
