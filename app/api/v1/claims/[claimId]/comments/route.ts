import { createClaimCommentRoute, listClaimCommentsRoute } from "@/lib/api/contract/reviews";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { createComment } from "@/lib/server/comments/create-comment";
import { listComments } from "@/lib/server/comments/list-comments";

export const GET = handle(listClaimCommentsRoute, ({ actor, params }) => listComments(db(), actor, { type: "claim", id: params.claimId }));

export const POST = handle(createClaimCommentRoute, async ({ actor, params, body }) => ({
  comment: await createComment(db(), actor, { type: "claim", id: params.claimId }, body.body),
}));
