import { listSourcesRoute } from "@/lib/api/contract/foundation";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { listSources } from "@/lib/server/sources/list-sources";

export const GET = handle(listSourcesRoute, async ({ actor, params }) => ({
  sources: await listSources(db(), actor, params.projectId),
}));
