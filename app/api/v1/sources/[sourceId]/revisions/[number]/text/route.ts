import { revisionTextRoute } from "@/lib/api/contract/sources";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { getRevisionText } from "@/lib/server/sources/revision-text";

export const GET = handle(revisionTextRoute, async ({ actor, params }) => {
  const revision = await getRevisionText(db(), actor, params.sourceId, params.number);
  // A revision never changes, so its digest is its ETag; access can, so caches ask again each time.
  return new Response(revision.text, {
    headers: { "Content-Type": "text/plain; charset=utf-8", ETag: `"${revision.sha256}"`, "Cache-Control": "private, no-cache" },
  });
});
