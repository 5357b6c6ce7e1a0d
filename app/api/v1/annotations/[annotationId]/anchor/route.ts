import { reattachAnnotationRoute } from "@/lib/api/contract/sources";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { reattachAnnotation } from "@/lib/server/annotations/reattach-annotation";

export const POST = handle(reattachAnnotationRoute, async ({ actor, params, body }) => ({
  annotation: await reattachAnnotation(db(), actor, params.annotationId, body),
}));
