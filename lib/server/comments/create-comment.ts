import "server-only";
import type { Db } from "@/lib/db/client";
import { commentExcerpt, commentMentions, relabelMentions, type CommentDocument } from "@/lib/review/comment-body";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { ValidationError } from "../errors";
import { notify } from "../notifications/notify";
import { requireVisibleTarget, resolveCommentTarget, targetColumn, targetNames, type CommentTarget } from "./comment-target";
import { commentAuthorInclude, commentView } from "./comment-view";

/**
 * Adds a comment to a claim's or conflict's thread. The body arrives
 * validated and sanitized (lib/review/comment-body); mentions must name
 * project members and are relabelled with their current names, and each
 * mentioned member (but the author) finds it in their inbox.
 */
export async function createComment(db: Db, actor: Actor, target: CommentTarget, body: CommentDocument) {
  return db.$transaction(async (tx) => {
    const { projectId, label } = await resolveCommentTarget(tx, target);
    await requireProjectPermission(tx, actor, projectId, "comment:create", targetNames[target.type]);
    await requireVisibleTarget(tx, actor, projectId, target);

    const mentioned = commentMentions(body);
    const members = await tx.membership.findMany({
      where: { projectId, userId: { in: mentioned } },
      select: { userId: true, user: { select: { name: true } } },
    });
    const names = new Map(members.map((m) => [m.userId, m.user.name]));
    if (names.size !== mentioned.length) {
      const message = "Only members of this project can be mentioned.";
      throw new ValidationError(message, [{ path: "body", message }]);
    }
    const stored = relabelMentions(body, (id) => names.get(id)!);

    const comment = await tx.comment.create({
      data: { projectId, authorId: actor.userId, body: stored, ...targetColumn(target) },
      include: commentAuthorInclude,
    });
    const excerpt = commentExcerpt(stored);
    await writeAudit(tx, {
      projectId,
      actor,
      action: "comment.create",
      objectType: "Comment",
      objectId: comment.id,
      after: { target, excerpt, mentions: mentioned },
    });
    await notify(
      tx,
      mentioned.filter((id) => id !== actor.userId),
      projectId,
      { kind: "comment.mention", payload: { commentId: comment.id, target, targetLabel: label, excerpt, actorName: actor.name } },
    );
    return commentView(comment);
  });
}
