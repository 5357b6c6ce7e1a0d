import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { CommentTargetType } from "@/lib/notifications/notification-payload";
import type { Actor } from "../actor";
import { blindnessIn } from "../coding-rounds/blind-visibility";
import { NotFoundError } from "../errors";

type Reader = Db | Prisma.TransactionClient;

/** A thread: the comments on one claim, one conflict or one highlighted span. */
export interface CommentTarget {
  type: CommentTargetType;
  id: string;
}

export const targetNames: Record<CommentTargetType, string> = { claim: "Claim", conflict: "Conflict", annotation: "Annotation" };

/** The project a thread belongs to, taken from the target itself, and a label for it. */
export async function resolveCommentTarget(db: Reader, target: CommentTarget): Promise<{ projectId: string; label: string }> {
  if (target.type === "claim") {
    const claim = await db.claim.findUnique({
      where: { id: target.id },
      select: { projectId: true, isDeleted: true, subject: { select: { name: true } }, property: { select: { label: true } } },
    });
    if (!claim || claim.isDeleted) throw new NotFoundError(targetNames.claim);
    return { projectId: claim.projectId, label: `${claim.subject.name} · ${claim.property.label}` };
  }
  if (target.type === "annotation") {
    const annotation = await db.annotation.findUnique({ where: { id: target.id }, select: { projectId: true, exact: true } });
    if (!annotation) throw new NotFoundError(targetNames.annotation);
    return { projectId: annotation.projectId, label: `“${annotation.exact.slice(0, 120)}”` };
  }
  const conflict = await db.conflict.findUnique({ where: { id: target.id }, select: { projectId: true, explanation: true } });
  if (!conflict) throw new NotFoundError(targetNames.conflict);
  return { projectId: conflict.projectId, label: conflict.explanation };
}

/**
 * A thread on a claim, highlight or conflict that an open blind round hides
 * from the actor is not found, like one that does not exist: its comments
 * would quote the other coder's reading.
 */
export async function requireVisibleTarget(db: Reader, actor: Actor, projectId: string, target: CommentTarget): Promise<void> {
  const blindness = await blindnessIn(db, actor, projectId);
  if (!blindness.isBlind) return;
  const visible =
    target.type === "claim"
      ? await db.claim.count({ where: { id: target.id, AND: [blindness.claims] } })
      : target.type === "annotation"
        ? await db.annotation.count({ where: { id: target.id, AND: [blindness.annotations] } })
        : await db.conflict.count({ where: { id: target.id, AND: [blindness.conflicts] } });
  if (visible === 0) throw new NotFoundError(targetNames[target.type]);
}

/** Where-clause selecting a target's comments. */
export function targetWhere(target: CommentTarget): Prisma.CommentWhereInput {
  return targetColumn(target);
}

/** The comment column that points at a target. */
export function targetColumn(target: CommentTarget): { claimId: string } | { conflictId: string } | { annotationId: string } {
  if (target.type === "claim") return { claimId: target.id };
  if (target.type === "annotation") return { annotationId: target.id };
  return { conflictId: target.id };
}
