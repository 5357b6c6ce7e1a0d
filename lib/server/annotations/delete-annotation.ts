import "server-only";
import type { Db } from "@/lib/db/client";
import { errorCodes } from "@/lib/errors/error-codes";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";

/**
 * Deletes a highlight nobody built on: its author's, with no claim's evidence
 * (a withdrawn claim's included, whose history quotes it) and no comment.
 * The row lock makes a claim or comment that arrives at the same moment wait
 * and then find it gone.
 */
export async function deleteAnnotation(db: Db, actor: Actor, annotationId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Annotation" WHERE id = ${annotationId} FOR UPDATE`;
    const annotation = locked ? await tx.annotation.findUnique({ where: { id: annotationId }, include: { _count: { select: { evidence: true, comments: true } } } }) : null;
    if (!annotation) throw new NotFoundError("Annotation");
    await requireProjectPermission(tx, actor, annotation.projectId, "annotation:create", "Annotation");
    if (annotation.createdById !== actor.userId) throw new ForbiddenError("Only the person who made a highlight can delete it.");
    if (annotation._count.evidence > 0 || annotation._count.comments > 0) {
      throw new ConflictError(
        `This highlight is ${annotation._count.evidence > 0 ? "evidence of a claim" : "commented on"}, so it stays: the record of what was read must hold.`,
        undefined,
        errorCodes.annotationInUse,
      );
    }
    await tx.annotation.delete({ where: { id: annotationId } });
    await writeAudit(tx, {
      projectId: annotation.projectId,
      actor,
      action: "annotation.delete",
      objectType: "Annotation",
      objectId: annotationId,
      before: { sourceId: annotation.sourceId, revisionId: annotation.revisionId, start: annotation.start, end: annotation.end, exact: annotation.exact },
    });
  });
}
