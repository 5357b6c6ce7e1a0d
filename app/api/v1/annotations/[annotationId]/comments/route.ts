import { createAnnotationCommentRoute, listAnnotationCommentsRoute } from "@/lib/api/contract/reviews";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { createComment } from "@/lib/server/comments/create-comment";
import { listComments } from "@/lib/server/comments/list-comments";

export const GET = handle(listAnnotationCommentsRoute, ({ actor, params }) =>
  listComments(db(), actor, { type: "annotation", id: params.annotationId }),
);

export const POST = handle(createAnnotationCommentRoute, async ({ actor, params, body }) => ({
  comment: await createComment(db(), actor, { type: "annotation", id: params.annotationId }, body.body),
}));
