import { listSourcesRoute } from "@/lib/api/contract/foundation";
import { importSourceRoute } from "@/lib/api/contract/sources";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { importSource } from "@/lib/server/sources/import-source";
import { listSources } from "@/lib/server/sources/list-sources";
import { sourceSummary } from "@/lib/server/sources/source-views";

export const GET = handle(listSourcesRoute, async ({ actor, params }) => ({
  sources: await listSources(db(), actor, params.projectId),
}));

export const POST = handle(importSourceRoute, async ({ actor, params, body }) => {
  const { source, revision } = await importSource(db(), actor, params.projectId, body);
  return { source: sourceSummary(source, revision) };
});
