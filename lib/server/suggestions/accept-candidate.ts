import "server-only";
import type { Db } from "@/lib/db/client";
import { candidateClaimFields } from "@/lib/claims/candidate-claim";
import { claimInputSchema } from "@/lib/claims/claim-input";
import type { AcceptCandidateInput } from "@/lib/claims/suggestion-input";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { createAnnotation } from "../annotations/create-annotation";
import { writeAudit } from "../audit";
import { validationError } from "../boundary";
import { writeClaim } from "../claims/claim-writer";
import { claimView } from "../claims/claim-view";
import { ConflictError } from "../errors";
import { findCandidate, sourceCandidates } from "./source-revision";

/**
 * Records a candidate as it stands: the highlight of its evidence and a draft
 * claim about `subjectId` under `propertyId`, through the same writers as a
 * highlight and a claim made by hand, in one transaction, so a highlight never
 * stays without the claim it was made for.
 */
export async function acceptCandidate(db: Db, actor: Actor, sourceId: string, key: string, input: AcceptCandidateInput) {
  const { source, revision, isCurrent, candidates } = await sourceCandidates(db, actor, sourceId, "claim:create", input.revisionId);
  if (!isCurrent) throw new ConflictError("This source has a newer revision: ask for suggestions again and accept one of those.");
  const candidate = findCandidate(candidates, key);
  const parsed = claimInputSchema.safeParse({
    subjectId: input.subjectId,
    propertyId: input.propertyId,
    ...candidateClaimFields(candidate),
    // The placeholder is replaced by the highlight made below; the rest is checked before anything is written.
    evidenceAnnotationIds: ["pending"],
  });
  if (!parsed.success) throw validationError(parsed.error, "suggestion");

  return db.$transaction(
    async (tx) => {
      await requireProjectPermission(tx, actor, source.projectId, "claim:create", "Source");
      const settled = await tx.suggestionDismissal.findUnique({ where: { revisionId_key: { revisionId: revision.id, key } }, select: { claimId: true } });
      if (settled) throw new ConflictError(settled.claimId ? "This suggestion was already recorded as a claim." : "This suggestion was dismissed.");
      const annotation = await createAnnotation(db, actor, sourceId, { start: candidate.start, end: candidate.end }, tx);
      // createAnnotation anchors on the current revision: the one checked above, unless a revision came in since.
      if (annotation.revision !== revision.number) throw new ConflictError("This source has a newer revision: ask for suggestions again.");
      const claim = await writeClaim({
        tx,
        actor,
        projectId: source.projectId,
        input: { ...parsed.data, evidenceAnnotationIds: [annotation.id] },
        action: "claim.create",
        isContentEdit: true,
      });
      const dismissal = await tx.suggestionDismissal.create({
        data: { projectId: source.projectId, sourceId, revisionId: revision.id, key, claimId: claim.id, dismissedById: actor.userId },
        select: { id: true },
      });
      await writeAudit(tx, {
        projectId: source.projectId,
        actor,
        action: "suggestion.accept",
        objectType: "SuggestionDismissal",
        objectId: dismissal.id,
        after: { sourceId, revision: revision.number, key, annotationId: annotation.id, claimId: claim.id },
      });
      return { annotation, claim: claimView(claim) };
    },
    { timeout: 20_000 },
  );
}
