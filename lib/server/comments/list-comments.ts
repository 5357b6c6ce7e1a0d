import "server-only";
import type { Db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { requireVisibleTarget, resolveCommentTarget, targetNames, targetWhere, type CommentTarget } from "./comment-target";
import { commentAuthorInclude, commentView } from "./comment-view";

/** A thread, oldest first, with the members one may mention in it and whether the actor may write. */
export async function listComments(db: Db, actor: Actor, target: CommentTarget) {
  const { projectId } = await resolveCommentTarget(db, target);
  const { role } = await requireProjectPermission(db, actor, projectId, "project:read", targetNames[target.type]);
  await requireVisibleTarget(db, actor, projectId, target);
  const [comments, members] = await Promise.all([
    db.comment.findMany({ where: targetWhere(target), orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: commentAuthorInclude }),
    db.membership.findMany({ where: { projectId }, select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } }),
  ]);
  return {
    comments: comments.map(commentView),
    members: members.map((m) => m.user),
    canComment: can(role, "comment:create"),
  };
}
