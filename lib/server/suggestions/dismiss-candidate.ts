import "server-only";
import type { Db } from "@/lib/db/client";
import type { DismissCandidateInput } from "@/lib/claims/suggestion-input";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { NotFoundError } from "../errors";
import { findCandidate, sourceCandidates } from "./source-revision";

/**
 * Stops offering a candidate on its revision. Dismissing twice changes
 * nothing and writes one audit event. With `claimId`, the researcher recorded
 * the candidate through the claim form after editing it: it is settled as that claim.
 */
export async function dismissCandidate(db: Db, actor: Actor, sourceId: string, key: string, input: DismissCandidateInput) {
  // Reading the text is the slow part: done before the transaction, which checks the role again.
  const { source, revision, candidates } = await sourceCandidates(db, actor, sourceId, "claim:create", input.revisionId);
  const candidate = findCandidate(candidates, key);
  return db.$transaction(async (tx) => {
    await requireProjectPermission(tx, actor, source.projectId, "claim:create", "Source");
    if (input.claimId) {
      const claim = await tx.claim.findFirst({ where: { id: input.claimId, projectId: source.projectId }, select: { id: true } });
      if (!claim) throw new NotFoundError("Claim");
    }
    const [created] = await tx.suggestionDismissal.createManyAndReturn({
      data: [{ projectId: source.projectId, sourceId, revisionId: revision.id, key, claimId: input.claimId ?? null, dismissedById: actor.userId }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (created) {
      await writeAudit(tx, {
        projectId: source.projectId,
        actor,
        action: "suggestion.dismiss",
        objectType: "SuggestionDismissal",
        objectId: created.id,
        after: { sourceId, revision: revision.number, key, quote: candidate.quote, claimId: input.claimId ?? null },
      });
    }
    const settled = await tx.suggestionDismissal.findMany({ where: { revisionId: revision.id }, select: { key: true } });
    const settledKeys = new Set(settled.map((d) => d.key));
    return { key, dismissedCount: candidates.filter((c) => settledKeys.has(c.key)).length };
  });
}
