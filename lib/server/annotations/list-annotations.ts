import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { NotFoundError } from "../errors";
import { annotationView } from "./annotation-view";
import { blindnessIn } from "../coding-rounds/blind-visibility";

/**
 * Every annotation of a source as anchored on one revision (the current one
 * by default), in text order, orphans last, with the claims they support.
 */
export async function listAnnotations(db: Db, actor: Actor, sourceId: string, revisionNumber?: number) {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { projectId: true } });
  if (!source) throw new NotFoundError("Source");
  await requireProjectPermission(db, actor, source.projectId, "project:read", "Source");
  const revision = await db.sourceRevision.findFirst({
    where: { sourceId, ...(revisionNumber ? { number: revisionNumber } : {}) },
    orderBy: { number: "desc" },
    select: { id: true, number: true },
  });
  if (!revision) throw new NotFoundError(`Revision ${revisionNumber} of this source`);
  const blindness = await blindnessIn(db, actor, source.projectId);
  const annotations = await db.annotation.findMany({
    // A coder of an open blind round on this source sees only their own highlights and claims here.
    where: { sourceId, revision: { number: { lte: revision.number } }, AND: [blindness.annotations] },
    include: {
      anchors: { where: { revisionId: revision.id } },
      _count: { select: { evidence: true, comments: true } },
      evidence: {
        where: { claim: { isDeleted: false, AND: [blindness.claims] } },
        include: {
          claim: {
            select: {
              id: true,
              status: true,
              subject: { select: { name: true } },
              property: { select: { label: true } },
              conflicts: { where: { conflict: { status: "open" } }, select: { conflictId: true } },
            },
          },
        },
      },
    },
  });
  return annotations
    .map((annotation) => ({
      ...annotationView(annotation, annotation.anchors[0], revision.number),
      claims: annotation.evidence.map(({ claim }) => ({
        id: claim.id,
        status: claim.status,
        label: `${claim.subject.name} · ${claim.property.label}`,
        hasConflict: claim.conflicts.length > 0,
      })),
      isInUse: annotation._count.evidence > 0 || annotation._count.comments > 0,
    }))
    .sort((a, b) => (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER) || (a.end ?? 0) - (b.end ?? 0));
}
export type ListedAnnotation = Awaited<ReturnType<typeof listAnnotations>>[number];
