import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import { claimInputSchema, type claimUpdateSchema, type ParsedClaimInput } from "@/lib/claims/claim-input";
import type { Actor } from "../actor";
import { staleVersion } from "../reviews/claim-version";
import { requireClaimEdit } from "./claim-edit-access";
import { loadClaimRecord, storedClaimInput } from "./claim-record";
import { writeClaim } from "./claim-writer";

/** Evidence is a set: its order does not make an edit. */
function normalised(input: ParsedClaimInput) {
  return {
    ...input,
    hedging: input.hedging ?? null,
    credibility: input.credibility ?? null,
    derivedFromId: input.derivedFromId ?? null,
    evidenceAnnotationIds: [...input.evidenceAnnotationIds].sort(),
  };
}

/** The stored content with the fields the update names; `null` clears, absent keeps. */
function applyUpdate(stored: ParsedClaimInput, update: z.output<typeof claimUpdateSchema>): ParsedClaimInput {
  return claimInputSchema.parse({
    subjectId: update.subjectId ?? stored.subjectId,
    propertyId: update.propertyId ?? stored.propertyId,
    value: update.value ?? stored.value,
    qualifiers: update.qualifiers === undefined ? stored.qualifiers : (update.qualifiers ?? {}),
    hedging: update.hedging === undefined ? stored.hedging : update.hedging,
    note: update.note === undefined ? stored.note : (update.note ?? ""),
    attribution: update.attribution === undefined ? stored.attribution : (update.attribution ?? []),
    evidenceAnnotationIds: update.evidenceAnnotationIds ?? stored.evidenceAnnotationIds,
    credibility: update.credibility === undefined ? stored.credibility : update.credibility,
    derivedFromId: update.derivedFromId === undefined ? stored.derivedFromId : update.derivedFromId,
  });
}

/**
 * Applies an edit based on `version`. A stale version changes nothing and
 * answers 409 with the current state; an edit that changes nothing writes
 * nothing. Editing an approved claim sends it back to review.
 */
export interface UpdateClaimOptions {
  actor: Actor;
  claimId: string;
  update: z.output<typeof claimUpdateSchema>;
}

export async function updateClaim(db: Db, { actor, claimId, update }: UpdateClaimOptions) {
  return db.$transaction(
    async (tx) => {
      const existing = await loadClaimRecord(tx, claimId);
      await requireClaimEdit(tx, actor, existing);
      if (existing.version !== update.version) throw await staleVersion(tx, claimId);
      const stored = storedClaimInput(existing);
      const input = applyUpdate(stored, update);
      // No new version, no audit event, no review round.
      if (isDeepStrictEqual(normalised(input), normalised(stored))) return existing;
      return writeClaim({ tx, actor, projectId: existing.projectId, input, existing, action: "claim.update", isContentEdit: true });
    },
    { timeout: 20_000 },
  );
}
