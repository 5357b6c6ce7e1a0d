import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { can } from "@/lib/permissions";
import { requireProjectPermission } from "../access";
import { ForbiddenError, NotFoundError } from "../errors";

type Tx = Prisma.TransactionClient;

/** An evidence span a new revision could not place exactly: its words changed, or it was not found. */
export interface UncertainSpan {
  annotationId: string;
  status: "fuzzy" | "orphaned";
  exact: string;
}

const QUOTE_LIMIT = 80;
const quote = (text: string) => `“${text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text}”`;

/**
 * Marks for re-check every live claim whose evidence a new revision placed
 * only by fuzzy matching or lost: a figure read from "42 killed" may now
 * rest on "43 killed". The mark stays until someone confirms or edits the
 * claim; each claim's reason names the revision and the quotes.
 */
export async function markClaimsForRecheck(tx: Tx, actor: Actor, projectId: string, revision: number, spans: readonly UncertainSpan[]): Promise<number> {
  if (spans.length === 0) return 0;
  const byAnnotation = new Map(spans.map((span) => [span.annotationId, span]));
  const evidence = await tx.evidence.findMany({
    where: { annotationId: { in: [...byAnnotation.keys()] }, claim: { isDeleted: false } },
    select: { claimId: true, annotationId: true },
    orderBy: [{ claimId: "asc" }, { annotationId: "asc" }],
  });
  const spansOfClaim = new Map<string, UncertainSpan[]>();
  for (const { claimId, annotationId } of evidence) spansOfClaim.set(claimId, [...(spansOfClaim.get(claimId) ?? []), byAnnotation.get(annotationId)!]);
  const now = new Date();
  for (const [claimId, uncertain] of spansOfClaim) {
    const changed = uncertain.filter((span) => span.status === "fuzzy").map((span) => quote(span.exact));
    const lost = uncertain.filter((span) => span.status === "orphaned").map((span) => quote(span.exact));
    const parts = [changed.length ? `changed the words of its evidence ${changed.join(", ")}` : null, lost.length ? `no longer contains ${lost.join(", ")}` : null];
    const reason = `Revision ${revision} ${parts.filter(Boolean).join(" and ")}. Check that the claim still says what the text says.`;
    await tx.claim.update({ where: { id: claimId }, data: { needsRecheckSince: now, recheckReason: reason } });
    await writeAudit(tx, { projectId, actor, action: "claim.recheck_flag", objectType: "Claim", objectId: claimId, after: { revision, reason } });
  }
  return spansOfClaim.size;
}

/**
 * The claim's author, a reviewer or an owner confirms that it still holds on
 * the new text: the mark goes, audited with their note. A claim with no mark
 * answers as it is.
 */
export async function confirmRecheck(db: Db, actor: Actor, claimId: string, note: string) {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, projectId: true, isDeleted: true, createdById: true, recheckReason: true, needsRecheckSince: true } });
    if (!claim || claim.isDeleted) throw new NotFoundError("Claim");
    const { role } = await requireProjectPermission(tx, actor, claim.projectId, "claim:create", "Claim");
    if (!can(role, "claim:review") && claim.createdById !== actor.userId) {
      throw new ForbiddenError("Only the claim's author, reviewers and owners confirm that a claim still holds.");
    }
    if (claim.needsRecheckSince) {
      await tx.claim.update({ where: { id: claimId }, data: { needsRecheckSince: null, recheckReason: null } });
      await writeAudit(tx, { projectId: claim.projectId, actor, action: "claim.recheck_confirm", objectType: "Claim", objectId: claimId, before: { reason: claim.recheckReason }, after: { note } });
    }
    return { claimId, needsRecheck: false };
  });
}
