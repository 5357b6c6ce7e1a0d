import { Role, SourceFormat } from "@/lib/db/generated/enums";
import { changePasswordSchema } from "@/lib/server/auth/change-password";
import { defineRoute } from "../define-route";
import { idSchema, z } from "../schemas";

export const healthRoute = defineRoute({
  method: "get",
  path: "/api/health",
  summary: "Liveness and database check: 200 only when the database answers.",
  tag: "System",
  isPublic: true,
  response: { status: 200, description: "The app and its database are up.", schema: z.object({ status: z.literal("ok") }) },
  errors: [503],
});

export const createTokenRoute = defineRoute({
  method: "post",
  path: "/api/v1/auth/token",
  summary: "Exchange an email and password for a personal bearer token (shown once, stored hashed).",
  tag: "Auth",
  isPublic: true,
  body: z.object({
    email: z.string().meta({ example: "researcher@demo.test" }),
    password: z.string().meta({ example: "provenance-demo" }),
    name: z.string().trim().min(1).max(100).optional().meta({ description: "A label for the token" }),
  }),
  response: { status: 201, description: "The token.", schema: z.object({ token: z.string() }).meta({ id: "Token" }) },
  errors: [429],
});

export const projectSchema = z
  .object({ id: z.string(), slug: z.string(), name: z.string(), description: z.string(), role: z.enum(Role) })
  .meta({ id: "Project" });

export const listProjectsRoute = defineRoute({
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
  method: "get",
  path: "/api/v1/projects/{projectId}/sources",
  summary: "Sources of a project with their current revision (without text).",
  tag: "Sources",
  params: z.object({ projectId: idSchema }),
  response: { status: 200, description: "Sources.", schema: z.object({ sources: z.array(sourceSchema) }) },
  errors: [403, 404],
});

export const getSourceRoute = defineRoute({
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
  method: "post",
  path: "/api/v1/account/password",
  summary: "Change the caller's password. Every session and API token of the caller ends, this one included.",
  tag: "Auth",
  body: changePasswordSchema,
  response: { status: 204, description: "Changed; sign in again." },
});

export const openApiRoute = defineRoute({
  method: "get",
  path: "/api/v1/openapi.json",
  summary: "This document.",
  tag: "System",
  isPublic: true,
  response: { status: 200, description: "OpenAPI 3.1 document." },
});
