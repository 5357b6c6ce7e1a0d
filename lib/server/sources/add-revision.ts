import "server-only";
import { z } from "zod";
import { reanchor } from "@/lib/anchoring/reanchor";
import { reanchorAll } from "@/lib/anchoring/reanchor-all";
import type { Db } from "@/lib/db/client";
import { prepareRevisionText } from "@/lib/sources/prepare-text";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { NotFoundError, PayloadTooLargeError, ValidationError } from "../errors";
import { markClaimsForRecheck } from "../claims/recheck";
import { rejectDuplicate } from "./import-source";
import { addRevisionSchema } from "@/lib/sources/source-input";

/**
 * Stores a new immutable revision and re-anchors every annotation of the
 * source on it. Nothing is deleted: an annotation that cannot be found is
 * recorded as orphaned on the new revision. Claims whose evidence was placed
 * only by fuzzy matching, or lost, are marked for re-check.
 */
export async function addRevision(db: Db, actor: Actor, sourceId: string, input: z.output<typeof addRevisionSchema>) {
  const prepared = prepareRevisionText(input.text, input.format);
  if (!prepared.ok) {
    if (prepared.code === "too_large") throw new PayloadTooLargeError(prepared.message);
    throw new ValidationError(prepared.message, [{ path: "text", message: prepared.message }]);
  }
  return db.$transaction(
    async (tx) => {
      const source = await tx.source.findUnique({ where: { id: sourceId }, select: { projectId: true } });
      if (!source) throw new NotFoundError("Source");
      await requireProjectPermission(tx, actor, source.projectId, "source:create", "Source");
      // One new revision of a source at a time: the next number is read under this row lock.
      await tx.$queryRaw`SELECT id FROM "Source" WHERE id = ${sourceId} FOR UPDATE`;
      await rejectDuplicate(tx, source.projectId, prepared.sha256);
      const previous = await tx.sourceRevision.findFirstOrThrow({ where: { sourceId }, orderBy: { number: "desc" } });
      const revision = await tx.sourceRevision.create({
        data: {
          sourceId,
          projectId: source.projectId,
          number: previous.number + 1,
          text: prepared.text,
          sha256: prepared.sha256,
          codePoints: prepared.codePoints,
          format: input.format,
          createdById: actor.userId,
        },
        omit: { text: true },
      });

      const annotations = await tx.annotation.findMany({
        where: { sourceId },
        include: { anchors: { where: { revisionId: previous.id } } },
      });
      // Anchors on the previous revision shift in one pass; orphans retry from their original quote.
      const anchored = annotations.filter((a) => a.anchors[0]?.start != null);
      const orphaned = annotations.filter((a) => a.anchors[0]?.start == null);
      const shifted = reanchorAll(
        anchored.map((a) => ({ ...a, start: a.anchors[0]!.start!, end: a.anchors[0]!.end! })),
        previous.text,
        prepared.text,
      );
      const results = [
        ...anchored.map((a, i) => ({ annotationId: a.id, result: shifted[i]! })),
        ...orphaned.map((a) => ({ annotationId: a.id, result: reanchor(a, prepared.text) })),
      ];
      await tx.annotationAnchor.createMany({
        data: results.map(({ annotationId, result }) => ({
          annotationId,
          revisionId: revision.id,
          status: result.status,
          ...(result.status === "orphaned" ? {} : { start: result.start, end: result.end, score: result.score }),
        })),
      });
      const counts = { anchored: 0, moved: 0, fuzzy: 0, orphaned: 0 };
      for (const { result } of results) counts[result.status]++;
      const exactOf = new Map(annotations.map((a) => [a.id, a.exact]));
      const uncertain = results.flatMap(({ annotationId, result }) =>
        result.status === "fuzzy" || result.status === "orphaned" ? [{ annotationId, status: result.status, exact: exactOf.get(annotationId)! }] : [],
      );
      const claimsToRecheck = await markClaimsForRecheck(tx, actor, source.projectId, revision.number, uncertain);
      await writeAudit(tx, {
        projectId: source.projectId,
        actor,
        action: "source.revision_create",
        objectType: "Source",
        objectId: sourceId,
        after: { revision: revision.number, sha256: revision.sha256, reanchoring: counts },
      });
      return { revision: { id: revision.id, number: revision.number, sha256: revision.sha256 }, reanchoring: counts, claimsToRecheck };
    },
    { timeout: 60_000 },
  );
}
