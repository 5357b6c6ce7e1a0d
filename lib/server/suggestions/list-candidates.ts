import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { blindnessIn } from "../coding-rounds/blind-visibility";
import { sourceCandidates } from "./source-revision";

/** The candidate claims of a revision that nobody has dismissed or taken up yet, in text order. */
export async function listCandidates(db: Db, actor: Actor, sourceId: string, revisionId?: string) {
  const { source, revision, candidates } = await sourceCandidates(db, actor, sourceId, "project:read", revisionId);
  // A coder of an open blind round still sees the candidates another coder took up or dismissed there.
  const { dismissals } = await blindnessIn(db, actor, source.projectId);
  const settled = await db.suggestionDismissal.findMany({ where: { revisionId: revision.id, AND: [dismissals] }, select: { key: true } });
  const settledKeys = new Set(settled.map((d) => d.key));
  const open = candidates.filter((c) => !settledKeys.has(c.key));
  return {
    revision: { id: revision.id, number: revision.number },
    candidates: open,
    // Keys of an earlier reading of the text match no candidate now: they are not counted.
    dismissedCount: candidates.length - open.length,
  };
}
