import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { NotFoundError } from "../errors";
import { annotationView } from "./annotation-view";
import { blindSourceIds, visibleAnnotationSql, visibleClaimSql } from "../coding-rounds/blind-visibility";

interface AnnotationRow {
  id: string;
  sourceId: string;
  exact: string;
  prefix: string;
  suffix: string;
  createdById: string;
  createdAt: Date;
  anchorStatus: "anchored" | "moved" | "fuzzy" | "orphaned" | null;
  anchorStart: number | null;
  anchorEnd: number | null;
  isInUse: boolean;
}

interface EvidenceClaimRow {
  annotationId: string;
  id: string;
  status: string;
  label: string;
  hasConflict: boolean;
}

/**
 * Every annotation of a source as anchored on one revision (the current one
 * by default), in text order, orphans last, with the claims they support.
 * Two plain SQL queries: a source page reads 10,000 annotations with this,
 * and the ORM's nested includes took most of that page's server time
 * (issue 20; `npm run bench -- editor`).
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
  // A coder of an open blind round on this source sees only their own highlights and claims here.
  const blindSources = await blindSourceIds(db, actor, source.projectId);
  const [annotations, claims] = await Promise.all([
    db.$queryRaw<AnnotationRow[]>`
      SELECT annotation.id, annotation."sourceId", annotation.exact, annotation.prefix, annotation.suffix,
             annotation."createdById", annotation."createdAt",
             anchor.status::text AS "anchorStatus", anchor.start AS "anchorStart", anchor."end" AS "anchorEnd",
             (EXISTS (SELECT 1 FROM "Evidence" e WHERE e."annotationId" = annotation.id)
               OR EXISTS (SELECT 1 FROM "Comment" c WHERE c."annotationId" = annotation.id)) AS "isInUse"
      FROM "Annotation" annotation
      JOIN "SourceRevision" made_on ON made_on.id = annotation."revisionId"
      LEFT JOIN "AnnotationAnchor" anchor ON anchor."annotationId" = annotation.id AND anchor."revisionId" = ${revision.id}
      WHERE annotation."sourceId" = ${sourceId} AND made_on.number <= ${revision.number}
        AND ${visibleAnnotationSql(actor, blindSources)}
      ORDER BY anchor.start ASC NULLS LAST, anchor."end" ASC NULLS LAST, annotation.id`,
    db.$queryRaw<EvidenceClaimRow[]>`
      SELECT evidence."annotationId", claim.id, claim.status::text AS status,
             subject.name || ' · ' || property.label AS label,
             EXISTS (SELECT 1 FROM "ConflictMember" member JOIN "Conflict" conflict ON conflict.id = member."conflictId"
                     WHERE member."claimId" = claim.id AND conflict.status = 'open') AS "hasConflict"
      FROM "Evidence" evidence
      JOIN "Annotation" annotation ON annotation.id = evidence."annotationId"
      JOIN "Claim" claim ON claim.id = evidence."claimId"
      JOIN "Entity" subject ON subject.id = claim."subjectId"
      JOIN "Property" property ON property.id = claim."propertyId"
      WHERE annotation."sourceId" = ${sourceId} AND NOT claim."isDeleted" AND ${visibleClaimSql(actor, blindSources)}
      ORDER BY evidence."createdAt", claim.id`,
  ]);
  const claimsByAnnotation = new Map<string, Omit<EvidenceClaimRow, "annotationId">[]>();
  for (const { annotationId, ...claim } of claims) {
    const list = claimsByAnnotation.get(annotationId);
    if (list) list.push(claim);
    else claimsByAnnotation.set(annotationId, [claim]);
  }
  return annotations.map((row) => ({
    ...annotationView(
      row,
      row.anchorStatus ? { status: row.anchorStatus, start: row.anchorStart, end: row.anchorEnd } : undefined,
      revision.number,
    ),
    claims: claimsByAnnotation.get(row.id) ?? [],
    isInUse: row.isInUse,
  }));
}
export type ListedAnnotation = Awaited<ReturnType<typeof listAnnotations>>[number];
