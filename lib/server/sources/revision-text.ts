import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { NotFoundError } from "../errors";

/** One revision's text and digest, for whoever may read its source; the project comes from the source, never the URL. */
export async function getRevisionText(db: Db, actor: Actor, sourceId: string, revisionNumber: number) {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { projectId: true } });
  if (!source) throw new NotFoundError("Source");
  await requireProjectPermission(db, actor, source.projectId, "project:read", "Source");
  const revision = await db.sourceRevision.findUnique({
    where: { sourceId_number: { sourceId, number: revisionNumber } },
    select: { text: true, sha256: true },
  });
  if (!revision) throw new NotFoundError(`Revision ${revisionNumber} of this source`);
  return revision;
}
