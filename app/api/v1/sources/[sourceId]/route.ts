import { getSourceRoute } from "@/lib/api/contract/foundation";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { getSource } from "@/lib/server/sources/get-source";

export const GET = handle(getSourceRoute, async ({ actor, params, query }) => {
  const { role: _role, ...source } = await getSource(db(), actor, params.sourceId, query.revision);
  return source;
});
