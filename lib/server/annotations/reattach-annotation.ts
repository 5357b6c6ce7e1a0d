import "server-only";
import type { Db } from "@/lib/db/client";
import type { ReattachInput } from "@/lib/anchoring/reattach-input";
import { errorCodes } from "@/lib/errors/error-codes";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { annotationView } from "./annotation-view";

/**
 * A person places a highlight that re-anchoring lost (orphaned) or placed
 * only approximately (fuzzy) on the source's current revision, by selecting
 * its new place. The original quote stays as it was read; the anchor on the
 * current revision moves, audited with the text it now covers.
 */
export async function reattachAnnotation(db: Db, actor: Actor, annotationId: string, input: ReattachInput) {
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Annotation" WHERE id = ${annotationId} FOR UPDATE`;
    const annotation = locked ? await tx.annotation.findUnique({ where: { id: annotationId } }) : null;
    if (!annotation) throw new NotFoundError("Annotation");
    await requireProjectPermission(tx, actor, annotation.projectId, "annotation:create", "Annotation");
    const current = await tx.sourceRevision.findFirstOrThrow({ where: { sourceId: annotation.sourceId }, orderBy: { number: "desc" } });
    const anchor = await tx.annotationAnchor.findUnique({ where: { annotationId_revisionId: { annotationId, revisionId: current.id } } });
    if (!anchor || (anchor.status !== "orphaned" && anchor.status !== "fuzzy")) {
      throw new ConflictError("This highlight is in place on the current revision; only a lost or approximate one is re-attached.", undefined, errorCodes.conflict);
    }
    if (input.end > current.codePoints) {
      throw new ValidationError(`The current revision has ${current.codePoints} characters.`, [{ path: "end", message: "Past the end of the current revision" }]);
    }
    const covered = [...current.text].slice(input.start, input.end).join("");
    const placed = await tx.annotationAnchor.update({
      where: { id: anchor.id },
      data: { status: "moved", start: input.start, end: input.end, score: null },
    });
    await writeAudit(tx, {
      projectId: annotation.projectId,
      actor,
      action: "annotation.reattach",
      objectType: "Annotation",
      objectId: annotationId,
      before: { revision: current.number, status: anchor.status, start: anchor.start, end: anchor.end },
      after: { revision: current.number, start: input.start, end: input.end, text: covered },
    });
    return annotationView(annotation, placed, current.number);
  });
}
