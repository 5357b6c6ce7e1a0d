import "server-only";
import type { Db } from "@/lib/db/client";
import { createCodePointIndex } from "@/lib/anchoring/code-point-index";
import { toColumns } from "@/lib/annotations/annotation-columns";
import { workspaceAnnotation } from "@/lib/annotations/workspace-annotation";
import type { Actor } from "../actor";
import { listAnnotations } from "./list-annotations";

/**
 * What the source page's reader draws of every annotation on one revision, as
 * columns. The page loads it with a request of its own, begun while the text
 * still streams: the page's response then costs what the text costs, with or
 * without 10,000 highlights (issue 20).
 */
export async function listAnnotationColumns(db: Db, actor: Actor, sourceId: string, revisionNumber?: number) {
  // Access, blindness and the revision are checked here, before the text is read.
  const annotations = await listAnnotations(db, actor, sourceId, revisionNumber);
  const revision = await db.sourceRevision.findFirstOrThrow({
    where: { sourceId, ...(revisionNumber ? { number: revisionNumber } : {}) },
    orderBy: { number: "desc" },
    select: { number: true, text: true },
  });
  return {
    revision: revision.number,
    columns: toColumns(annotations.map(workspaceAnnotation), createCodePointIndex(revision.text)),
  };
}
