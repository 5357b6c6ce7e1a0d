import { annotationColumnsRoute } from "@/lib/api/contract/sources";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { listAnnotationColumns } from "@/lib/server/annotations/list-annotation-columns";

export const GET = handle(annotationColumnsRoute, async ({ actor, params, query }) =>
  listAnnotationColumns(db(), actor, params.sourceId, query.revision),
);
