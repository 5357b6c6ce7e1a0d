import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { reevaluateGroup } from "../conflicts/reevaluate-group";
import { ConflictError, NotFoundError } from "../errors";
import { isDeepStrictEqual } from "node:util";
import { claimInputSchema, type claimUpdateSchema, type ParsedClaimInput } from "@/lib/claims/claim-input";
import { requireClaimEdit } from "./claim-edit-access";
import { checkClaimReferences } from "./claim-references";
import { claimSnapshot, loadClaimRecord, type ClaimRecord } from "./claim-record";
import { updateClaimSearch } from "./claim-search";
import { claimColumns, writeChainAndEvidence } from "./write-claim-parts";
import type { z } from "zod";

function storedAttribution(links: { position: number; role: string; entityId: string | null; partyName: string | null; sourceId: string | null }[]) {
  return [...links]
    .sort((a, b) => a.position - b.position)
    .map((a) => ({ role: a.role, entityId: a.entityId ?? undefined, partyName: a.partyName ?? undefined, sourceId: a.sourceId ?? undefined }));
}

/** Evidence is a set: its order does not make an edit. */
function normalised(input: ParsedClaimInput) {
  return { ...input, hedging: input.hedging ?? null, evidenceAnnotationIds: [...input.evidenceAnnotationIds].sort() };
}

export class StaleVersionError extends ConflictError {
  constructor(current: ClaimRecord) {
    super(
      `This claim was changed by someone else (now version ${current.version}); reload it and apply your edit again.`,
      { current: { id: current.id, version: current.version, snapshot: claimSnapshot(current) } },
      "stale_version",
    );
  }
}

/**
 * Applies an edit based on `version`. A stale version changes nothing and
 * answers 409 with the current state. Editing an approved claim sends it back
 * to review (submitted).
 */
export async function updateClaim(db: Db, actor: Actor, claimId: string, update: z.output<typeof claimUpdateSchema>) {
  return db.$transaction(
    async (tx) => {
      const before = await tx.claim.findUnique({ where: { id: claimId }, include: { evidence: true, attributions: true } });
      if (!before || before.isDeleted) throw new NotFoundError("Claim");
      await requireClaimEdit(tx, actor, before);
      const beforeRecord = await loadClaimRecord(tx, claimId);
      if (before.version !== update.version) throw new StaleVersionError(beforeRecord);

      const stored = claimInputSchema.parse({
        subjectId: before.subjectId,
        propertyId: before.propertyId,
        value: before.value,
        qualifiers: before.qualifiers,
        hedging: before.hedging,
        note: before.note,
        attribution: storedAttribution(before.attributions),
        evidenceAnnotationIds: before.evidence.map((e) => e.annotationId),
      });
      const merged = claimInputSchema.parse({
        subjectId: update.subjectId ?? stored.subjectId,
        propertyId: update.propertyId ?? stored.propertyId,
        value: update.value ?? stored.value,
        qualifiers: update.qualifiers === undefined ? stored.qualifiers : (update.qualifiers ?? {}),
        hedging: update.hedging === undefined ? stored.hedging : update.hedging,
        note: update.note === undefined ? stored.note : (update.note ?? ""),
        attribution: update.attribution === undefined ? stored.attribution : (update.attribution ?? []),
        evidenceAnnotationIds: update.evidenceAnnotationIds ?? stored.evidenceAnnotationIds,
      });
      // An edit that changes nothing is no edit: no new version, no audit event, no review round.
      if (isDeepStrictEqual(normalised(merged), normalised(stored))) return beforeRecord;
      const checked = await checkClaimReferences(tx, before.projectId, merged);
      // The version check and the write are one statement, so a concurrent edit cannot slip between them.
      const { count } = await tx.claim.updateMany({
        where: { id: claimId, version: update.version },
        data: {
          ...claimColumns(checked),
          version: { increment: 1 },
          updatedById: actor.userId,
          ...(before.status === "approved" ? { status: "submitted" } : {}),
        },
      });
      if (count === 0) throw new StaleVersionError(await loadClaimRecord(tx, claimId));
      if (before.status === "approved") {
        // Every status change is a review decision: an edit sends an approved claim back to review.
        await tx.reviewDecision.create({
          data: {
            claimId,
            reviewerId: actor.userId,
            decision: "submit",
            reason: "Edited after approval; back to review.",
            fromStatus: "approved",
            toStatus: "submitted",
            claimVersion: update.version + 1,
          },
        });
      }
      await writeChainAndEvidence(tx, claimId, checked);
      const after = await loadClaimRecord(tx, claimId);
      await updateClaimSearch(tx, after);
      const groups = new Map(
        [before, after].map((c) => [`${c.subjectId}|${c.propertyId}`, { projectId: c.projectId, subjectId: c.subjectId, propertyId: c.propertyId }]),
      );
      // A fixed order, so two edits moving claims between the same groups cannot deadlock on the group locks.
      for (const key of [...groups.keys()].sort()) await reevaluateGroup(tx, groups.get(key)!, actor);
      await writeAudit(tx, {
        projectId: before.projectId,
        actor,
        action: "claim.update",
        objectType: "Claim",
        objectId: claimId,
        before: claimSnapshot(beforeRecord),
        after: claimSnapshot(after),
      });
      return loadClaimRecord(tx, claimId);
    },
    { timeout: 20_000 },
  );
}
