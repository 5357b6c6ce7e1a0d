import { createAnnotationRoute, listAnnotationsRoute } from "@/lib/api/contract/sources";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { listAnnotations } from "@/lib/server/annotations/list-annotations";

export const GET = handle(listAnnotationsRoute, async ({ actor, params, query }) => ({
  annotations: await listAnnotations(db(), actor, params.sourceId, query.revision),
}));

export const POST = handle(createAnnotationRoute, async ({ actor, params, body }) => ({
  annotation: await createAnnotation(db(), actor, params.sourceId, body),
}));
