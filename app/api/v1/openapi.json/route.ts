import { apiRoutes } from "@/lib/api/contract";
import { openApiRoute } from "@/lib/api/contract/foundation";
import { handle } from "@/lib/api/handle";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { readEnv } from "@/lib/env";

/**
 * The configured public origin; without one, "/": the origin the document was fetched from,
 * the only one known to be true (a request's Host may be an internal name behind a proxy).
 */
function serverUrl(): string {
  const { PUBLIC_BASE_URL, NEXTAUTH_URL } = readEnv();
  const configured = PUBLIC_BASE_URL ?? NEXTAUTH_URL;
  return configured ? new URL(configured).origin : "/";
}

export const GET = handle(openApiRoute, async () => buildOpenApiDocument(apiRoutes, serverUrl()));
