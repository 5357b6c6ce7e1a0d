import { apiRoutes } from "@/lib/api/contract";
import { openApiRoute } from "@/lib/api/contract/foundation";
import { handle } from "@/lib/api/handle";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { apiServerUrl } from "@/lib/api/public-origin";

export const GET = handle(openApiRoute, async () => buildOpenApiDocument(apiRoutes, apiServerUrl()));
