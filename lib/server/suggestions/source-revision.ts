import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Permission } from "@/lib/permissions";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { NotFoundError } from "../errors";
import { readClaimCandidates, type CandidateView } from "./read-suggestions";
import { sourceSuggestionOptions } from "./suggestion-options";

type Reader = Db | Prisma.TransactionClient;

/**
 * A source's revision (the current one unless `revisionId` names another of
 * its revisions) and its candidate claims, after checking the caller's role in
 * the source's own project.
 */
export async function sourceCandidates(db: Reader, actor: Actor, sourceId: string, permission: Permission, revisionId?: string) {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { id: true, projectId: true, publishedAt: true, language: true } });
  if (!source) throw new NotFoundError("Source");
  await requireProjectPermission(db, actor, source.projectId, permission, "Source");
  const columns = { id: true, number: true, text: true } as const;
  const current = await db.sourceRevision.findFirst({ where: { sourceId }, orderBy: { number: "desc" }, select: columns });
  // Accepting and dismissing name the revision they were shown, nearly always the current one: one read then.
  const revision =
    revisionId === undefined || revisionId === current?.id
      ? current
      : await db.sourceRevision.findFirst({ where: { sourceId, id: revisionId }, select: columns });
  if (!revision) throw new NotFoundError("Revision");
  const candidates = readClaimCandidates(revision.id, revision.text, await sourceSuggestionOptions(db, source));
  return { source, revision, isCurrent: revision.id === current?.id, candidates };
}

export function findCandidate(candidates: CandidateView[], key: string): CandidateView {
  const candidate = candidates.find((c) => c.key === key);
  if (!candidate) throw new NotFoundError("Suggestion");
  return candidate;
}
