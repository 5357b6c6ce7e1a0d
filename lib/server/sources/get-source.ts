import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { NotFoundError } from "../errors";
import { sourceSummary } from "./source-views";

/**
 * A source with the text of one revision (the current one by default). The
 * project is resolved from the source itself, never from the URL.
 */
export async function getSource(db: Db, actor: Actor, sourceId: string, revisionNumber?: number) {
  const source = await db.source.findUnique({
    where: { id: sourceId },
    include: { revisions: { orderBy: { number: "desc" }, omit: { text: true } } },
  });
  if (!source) throw new NotFoundError("Source");
  const access = await requireProjectPermission(db, actor, source.projectId, "project:read", "Source");
  const head = revisionNumber === undefined ? source.revisions[0] : source.revisions.find((r) => r.number === revisionNumber);
  if (!head) throw new NotFoundError(`Revision ${revisionNumber} of this source`);
  const { text } = await db.sourceRevision.findUniqueOrThrow({ where: { id: head.id }, select: { text: true } });
  return {
    ...sourceSummary(source, source.revisions[0]),
    role: access.role,
    revision: { id: head.id, number: head.number, sha256: head.sha256, format: head.format, text },
    revisions: source.revisions.map((r) => ({ id: r.id, number: r.number, createdAt: r.createdAt.toISOString() })),
  };
}
