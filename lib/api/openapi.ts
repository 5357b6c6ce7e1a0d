import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import type { z } from "zod";
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
  431: "The request's headers are larger than the HTTP server takes; it refuses them before the app sees them, without a body.",
  503: "The database does not answer.",
};

/** Statuses the HTTP server answers before any route runs, so without the JSON error body. */
const SERVER_REFUSALS = new Set([431]);

/** Generated clients name their methods by operationId, so it must read as one. */
const OPERATION_ID = /^[a-z][A-Za-z0-9]*$/;

/**
 * The OpenAPI document, generated from the same zod schemas the handlers validate with.
 * `serverUrl` is the public origin the API is served at: every path is relative to it.
 */
export function buildOpenApiDocument(routes: RouteContract[], serverUrl: string) {
  assertOperationIds(routes);
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  registry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "__Secure-next-auth.session-token",
    description: "The browser session of the web app (named next-auth.session-token when not served over HTTPS in development).",
  });
  for (const route of routes) registry.registerPath(operation(route));
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Provenance Editor API",
      version: "1.0.0",
      description: "Sources, annotations, claims with provenance, conflicts, reviews and exports. Errors are `{ error: { code, message } }`.",
      // The repository grants no licence (package.json is private and names none), so the document says so rather than invent one.
      license: { name: "Proprietary: no licence is granted", identifier: "LicenseRef-Proprietary" },
    },
    servers: [{ url: serverUrl }],
  });
}

function operation(route: RouteContract): RouteConfig {
  const statuses = new Set([...(route.isPublic ? [] : [401]), ...(route.body || route.query || route.params ? [400] : []), ...(route.errors ?? [])]);
  const errorResponses = [...statuses].map((status): [number, ResponseConfig] => [
    status,
    {
      description: errorDescriptions[status] ?? "Error",
      ...(SERVER_REFUSALS.has(status) ? {} : { content: contentOf({ "application/json": errorSchema }) }),
    },
  ]);
  return {
    method: route.method,
    path: route.path,
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    security: route.isPublic ? [] : [{ bearer: [] }, { session: [] }],
    request: {
      ...(route.params ? { params: route.params as never } : {}),
      ...(route.query ? { query: route.query as never } : {}),
      // handle() lets a body that may be undefined be left out altogether.
      ...(route.body ? { body: { required: !route.body.safeParse(undefined).success, content: contentOf({ "application/json": route.body }) } } : {}),
      ...(route.upload ? { body: { required: true, description: route.upload.description, content: contentOf(route.upload.content) } } : {}),
    },
    responses: {
      [route.response.status]: { description: route.response.description, ...successContent(route.response) },
      ...Object.fromEntries(errorResponses),
    },
  };
}

function successContent({ schema, files }: RouteContract["response"]): Pick<ResponseConfig, "content"> {
  if (files) return { content: contentOf(files) };
  return schema ? { content: contentOf({ "application/json": schema }) } : {};
}

function contentOf(schemas: Record<string, z.ZodType>) {
  return Object.fromEntries(Object.entries(schemas).map(([mediaType, schema]) => [mediaType, { schema }]));
}

function assertOperationIds(routes: RouteContract[]): void {
  const seen = new Map<string, string>();
  for (const route of routes) {
    const where = `${route.method.toUpperCase()} ${route.path}`;
    // Checked at run time too: a contract built without its type (a spread, a cast) may lack one, and "undefined" would pass the pattern.
    if (typeof route.operationId !== "string" || !OPERATION_ID.test(route.operationId)) {
      throw new Error(`The operationId of ${where}, ${JSON.stringify(route.operationId)}, is not a camelCase name.`);
    }
    const other = seen.get(route.operationId);
    if (other) throw new Error(`${where} and ${other} share the operationId "${route.operationId}".`);
    seen.set(route.operationId, where);
  }
}
