import { apiRoutes } from "@/lib/api/contract";
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const GET = () => Response.json(buildOpenApiDocument(apiRoutes));
