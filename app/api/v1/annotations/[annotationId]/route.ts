import { deleteAnnotationRoute } from "@/lib/api/contract/sources";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { deleteAnnotation } from "@/lib/server/annotations/delete-annotation";

export const DELETE = handle(deleteAnnotationRoute, async ({ actor, params }) => {
  await deleteAnnotation(db(), actor, params.annotationId);
  return new Response(null, { status: 204 });
});
