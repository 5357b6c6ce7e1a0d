import { createConflictCommentRoute, listConflictCommentsRoute } from "@/lib/api/contract/reviews";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { createComment } from "@/lib/server/comments/create-comment";
import { listComments } from "@/lib/server/comments/list-comments";

export const GET = handle(listConflictCommentsRoute, ({ actor, params }) =>
  listComments(db(), actor, { type: "conflict", id: params.conflictId }),
);

export const POST = handle(createConflictCommentRoute, async ({ actor, params, body }) => ({
  comment: await createComment(db(), actor, { type: "conflict", id: params.conflictId }, body.body),
}));
