import { Role, SourceFormat } from "@/lib/db/generated/enums";
import { tokenOptionsSchema } from "@/lib/auth/token-input";
import { memberRoleSchema } from "@/lib/projects/member-input";
import { citationAuthorsSchema } from "@/lib/projects/citation-input";
import { createProjectSchema, projectSettingsSchema } from "@/lib/projects/project-input";
import { changePasswordSchema } from "@/lib/auth/password-input";
import { defineRoute } from "../define-route";
import { idSchema, z } from "../schemas";

export const healthRoute = defineRoute({
  operationId: "checkHealth",
  method: "get",
  path: "/api/health",
  summary: "Liveness and database check: 200 only when the database answers.",
  tag: "System",
  isPublic: true,
  response: { status: 200, description: "The app and its database are up.", schema: z.object({ status: z.literal("ok") }) },
  // Any route can meet the HTTP server's 431; these two public reads list it because nothing else of theirs is a 4xx.
  errors: [431, 503],
});

const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable().meta({ description: "To the minute." }),
    expiresAt: z.string().nullable(),
  })
  .meta({ id: "ApiToken" });
const issuedTokenSchema = tokenSchema.extend({ token: z.string().meta({ description: "Shown this once; only its hash is stored." }) }).meta({ id: "IssuedToken" });

export const createTokenRoute = defineRoute({
  operationId: "createToken",
  method: "post",
  path: "/api/v1/auth/token",
  summary: "Exchange an email and password for a personal bearer token (shown once, stored hashed; 90 days unless chosen otherwise).",
  tag: "Auth",
  isPublic: true,
  body: tokenOptionsSchema.extend({
    email: z.string().meta({ example: "researcher@demo.test" }),
    password: z.string().meta({ example: "provenance-demo" }),
  }),
  response: { status: 201, description: "The token.", schema: issuedTokenSchema },
  errors: [429],
});

export const listTokensRoute = defineRoute({
  operationId: "listTokens",
  method: "get",
  path: "/api/v1/account/tokens",
  summary: "The caller's API tokens that still work, newest first.",
  tag: "Auth",
  response: { status: 200, description: "Tokens.", schema: z.object({ tokens: z.array(tokenSchema) }) },
});

export const createOwnTokenRoute = defineRoute({
  operationId: "createOwnToken",
  method: "post",
  path: "/api/v1/account/tokens",
  summary: "Issue an API token for the signed-in caller.",
  tag: "Auth",
  body: tokenOptionsSchema,
  response: { status: 201, description: "The token.", schema: issuedTokenSchema },
});

export const revokeTokenRoute = defineRoute({
  operationId: "revokeToken",
  method: "delete",
  path: "/api/v1/account/tokens/{tokenId}",
  summary: "Revoke one of the caller's API tokens; audited.",
  tag: "Auth",
  params: z.object({ tokenId: idSchema }),
  response: { status: 204, description: "Revoked." },
  errors: [404],
});

export const projectSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    role: z.enum(Role),
    sourceCount: z.number().int(),
    claimCount: z.number().int(),
  })
  .meta({ id: "Project" });

export const createProjectRoute = defineRoute({
  operationId: "createProject",
  method: "post",
  path: "/api/v1/projects",
  summary: "Create a project from a template (blank, or conflict-casualty-monitoring with its vocabulary); the caller becomes its owner.",
  tag: "Projects",
  body: createProjectSchema,
  response: { status: 201, description: "The project.", schema: z.object({ project: projectSchema }) },
  errors: [403, 409],
});

export const updateProjectRoute = defineRoute({
  operationId: "updateProject",
  method: "patch",
  path: "/api/v1/projects/{projectId}",
  summary:
    "Change a project's name, description, divergence threshold, required approvals or dataset metadata: licence (SPDX), citation authors, DOI and contact, which every export's datapackage.json, CITATION.cff, LICENSE and README.md carry (owners only). Only named fields change; null clears a metadata field; a new threshold queues a recompute job (recomputeJob). Audited.",
  tag: "Projects",
  params: z.object({ projectId: idSchema }),
  body: projectSettingsSchema,
  response: {
    status: 200,
    description: "The project's settings.",
    schema: z.object({
      project: z.object({
        id: z.string(),
        slug: z.string(),
        name: z.string(),
        description: z.string(),
        divergenceThreshold: z.number(),
        requiredApprovals: z.number().int(),
        licence: z.string().nullable(),
        citationAuthors: citationAuthorsSchema,
        doi: z.string().nullable(),
        contactName: z.string().nullable(),
        contactEmail: z.string().nullable(),
      }),
      recomputeJob: z
        .object({ id: z.string(), status: z.literal("queued") })
        .optional()
        .meta({ description: "A new threshold: the recomputation of every conflict, queued (GET /api/v1/jobs/{jobId})." }),
    }),
  },
  errors: [403, 404],
});

export const memberSchema = z.object({ userId: z.string(), email: z.string(), name: z.string(), role: z.enum(Role) }).meta({ id: "Member" });
const memberParams = z.object({ projectId: idSchema, userId: idSchema });

export const listMembersRoute = defineRoute({
  operationId: "listMembers",
  method: "get",
  path: "/api/v1/projects/{projectId}/members",
  summary: "The project's members with their roles, earliest first.",
  tag: "Projects",
  params: z.object({ projectId: idSchema }),
  response: { status: 200, description: "Members.", schema: z.object({ members: z.array(memberSchema) }) },
  errors: [404],
});

export const changeMemberRoleRoute = defineRoute({
  operationId: "changeMemberRole",
  method: "patch",
  path: "/api/v1/projects/{projectId}/members/{userId}",
  summary: "Change a member's role (owners only). The last owner cannot be demoted; audited.",
  tag: "Projects",
  params: memberParams,
  body: memberRoleSchema,
  response: { status: 200, description: "The member.", schema: z.object({ member: memberSchema }) },
  errors: [403, 404, 409],
});

export const removeMemberRoute = defineRoute({
  operationId: "removeMember",
  method: "delete",
  path: "/api/v1/projects/{projectId}/members/{userId}",
  summary: "Remove a member (owners only): their sessions and tokens lose the project at once. The last owner cannot be removed; audited.",
  tag: "Projects",
  params: memberParams,
  response: { status: 204, description: "Removed." },
  errors: [403, 404, 409],
});

export const listProjectsRoute = defineRoute({
  operationId: "listProjects",
  method: "get",
  path: "/api/v1/projects",
  summary: "The caller's projects with the caller's role in each.",
  tag: "Projects",
  response: { status: 200, description: "Projects.", schema: z.object({ projects: z.array(projectSchema) }) },
});

const revisionHeadSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  sha256: z.string(),
  format: z.enum(SourceFormat),
  codePoints: z.number().int(),
  createdAt: z.string(),
});

export const sourceSchema = z
  .object({
    id: z.string(),
    projectId: z.string(),
    title: z.string(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.string().nullable(),
    retrievedAt: z.string().nullable(),
    language: z.string().nullable(),
    createdAt: z.string(),
    currentRevision: revisionHeadSchema.nullable(),
  })
  .meta({ id: "Source" });

export const listSourcesRoute = defineRoute({
  operationId: "listSources",
  method: "get",
  path: "/api/v1/projects/{projectId}/sources",
  summary: "Sources of a project with their current revision (without text).",
  tag: "Sources",
  params: z.object({ projectId: idSchema }),
  response: { status: 200, description: "Sources.", schema: z.object({ sources: z.array(sourceSchema) }) },
  errors: [403, 404],
});

export const getSourceRoute = defineRoute({
  operationId: "getSource",
  method: "get",
  path: "/api/v1/sources/{sourceId}",
  summary: "A source's metadata and the text of its current revision (or ?revision=N).",
  tag: "Sources",
  params: z.object({ sourceId: idSchema }),
  query: z.object({ revision: z.coerce.number().int().min(1).optional() }),
  response: {
    status: 200,
    description: "The source with its revision text.",
    schema: sourceSchema
      .extend({
        revision: z.object({
          id: z.string(),
          number: z.number().int(),
          sha256: z.string(),
          format: z.enum(SourceFormat),
          text: z.string(),
        }),
        revisions: z.array(z.object({ id: z.string(), number: z.number().int(), createdAt: z.string() })),
      })
      .meta({ id: "SourceWithText" }),
  },
  errors: [403, 404],
});

export const changePasswordRoute = defineRoute({
  operationId: "changePassword",
  method: "post",
  path: "/api/v1/account/password",
  summary: "Change the caller's password. Every session and API token of the caller ends, this one included.",
  tag: "Auth",
  body: changePasswordSchema,
  response: { status: 204, description: "Changed; sign in again." },
});

export const openApiRoute = defineRoute({
  operationId: "getOpenApiDocument",
  method: "get",
  path: "/api/v1/openapi.json",
  summary: "This document.",
  tag: "System",
  isPublic: true,
  response: {
    status: 200,
    description: "OpenAPI 3.1 document.",
    schema: z.looseObject({ openapi: z.literal("3.1.0"), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) }),
  },
  errors: [431],
});
