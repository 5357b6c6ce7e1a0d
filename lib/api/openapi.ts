import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import type { RouteContract } from "./define-route";
import { errorSchema } from "./schemas";

const errorDescriptions: Record<number, string> = {
  400: "Validation failed; `error.details.fields` names each failing field.",
  401: "Not signed in and no valid bearer token.",
  403: "Signed in, but the role does not allow this.",
  404: "Not found, or not visible to the caller.",
  409: "Conflicts with the current state (stale version, duplicate).",
  410: "Gone: a link that was used, withdrawn or has expired.",
  413: "The payload is too large.",
  429: "Too many attempts.",
  503: "The database does not answer.",
};

/** The OpenAPI document, generated from the same zod schemas the handlers validate with. */
export function buildOpenApiDocument(routes: RouteContract[]) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  registry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "__Secure-next-auth.session-token",
    description: "The browser session of the web app (named next-auth.session-token when not served over HTTPS in development).",
  });
  for (const route of routes) {
    const statuses = new Set([...(route.isPublic ? [] : [401]), ...(route.body || route.query || route.params ? [400] : []), ...(route.errors ?? [])]);
    registry.registerPath({
      method: route.method,
      path: route.path,
      summary: route.summary,
      tags: [route.tag],
      security: route.isPublic ? [] : [{ bearer: [] }, { session: [] }],
      request: {
        ...(route.params ? { params: route.params as never } : {}),
        ...(route.query ? { query: route.query as never } : {}),
        ...(route.body ? { body: { content: { "application/json": { schema: route.body } } } } : {}),
      },
      responses: {
        [route.response.status]: {
          description: route.response.description,
          ...(route.response.schema
            ? { content: { [route.response.contentType ?? "application/json"]: { schema: route.response.schema } } }
            : {}),
        },
        ...Object.fromEntries(
          [...statuses].map((status) => [
            status,
            { description: errorDescriptions[status] ?? "Error", content: { "application/json": { schema: errorSchema } } },
          ]),
        ),
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Provenance Editor API",
      version: "1.0.0",
      description: "Sources, annotations, claims with provenance, conflicts, reviews and exports. Errors are `{ error: { code, message } }`.",
    },
  });
}
