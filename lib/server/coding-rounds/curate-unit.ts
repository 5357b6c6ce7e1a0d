import "server-only";
import type { CodedClaim, CodingUnit } from "@/lib/agreement/units";
import type { CurateUnitInput } from "@/lib/curation/curation-input";
import type { CurationDecisionView } from "@/lib/curation/curation-schema";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { errorCodes } from "@/lib/errors/error-codes";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { writeClaim } from "../claims/claim-writer";
import { ConflictGroups } from "../conflicts/conflict-groups";
import { ConflictError, ValidationError } from "../errors";
import { recordDecision } from "../reviews/record-decision";
import { lockCodingRound, type CodingRoundRecord } from "./coding-round-record";
import { curationDecisionInclude, curationDecisionView, loadCuratableRound } from "./curation-units";
import { loadRoundUnits } from "./round-claims";

type Tx = Prisma.TransactionClient;

/** Statuses a claim leaves curation in untouched: it reached review before the unit was decided. */
const IN_REVIEW: readonly ClaimStatus[] = ["submitted", "approved"];

/**
 * A curator decides one unit of a closed round, in one transaction: the
 * accepted claim (or the curator's own, written through the claim writer) is
 * marked curated and submitted for review exactly as "Submit for review"
 * does, with its review decision, audit event and notifications; the unit's
 * other claims are marked curated away — kept, never deleted, never
 * submitted, and no longer compared by conflict detection, so their open
 * conflicts close here as a deleted claim's would. A unit is decided once
 * (409 after), and the decision is audited on the round.
 */
export async function curateUnit(db: Db, { actor, roundId, input }: { actor: Actor; roundId: string; input: CurateUnitInput }): Promise<CurationDecisionView> {
  return db.$transaction(
    async (tx) => {
      // Two curators deciding one unit at once: the second waits here, then finds the decision.
      await lockCodingRound(tx, roundId);
      const round = await loadCuratableRound(tx, actor, roundId);
      const unit = (await loadRoundUnits(tx, round)).find((candidate) => candidate.key === input.unitKey);
      if (!unit) throw new ValidationError("That is not a unit of this round.", [{ path: "unitKey", message: "Not a unit of this round: take a key from its units" }]);
      if (await tx.curationDecision.findUnique({ where: { roundId_unitKey: { roundId, unitKey: unit.key } }, select: { id: true } })) {
        throw new ConflictError("This unit has been curated already: its decision stands.", undefined, errorCodes.duplicate);
      }

      const accepted = input.claim === undefined ? acceptedClaim(unit, input.claimId!) : null;
      const curatedAway = unit.claims.filter((claim) => claim.id !== accepted?.id).map((claim) => claim.id);
      await refuseWhenInReview(tx, curatedAway);
      // One re-evaluation of the unit's group, after the claims are marked: the curator's own claim is compared with what remains.
      const conflictGroups = new ConflictGroups();
      conflictGroups.add({ projectId: round.projectId, subjectId: unit.subjectId, propertyId: unit.propertyId });
      const curated = accepted ?? (await writtenClaim(tx, actor, round, unit, input.claim!, conflictGroups));
      const { status } = await tx.claim.findUniqueOrThrow({ where: { id: curated.id }, select: { status: true } });
      if (status === "rejected") throw new ConflictError("This claim was rejected in review: write the unit's claim yourself instead.", undefined, errorCodes.invalidTransition);
      if (!IN_REVIEW.includes(status)) await recordDecision(tx, actor, curated.id, "submit", "claim:create", {});

      await tx.claim.update({ where: { id: curated.id }, data: { curation: "curated" } });
      await tx.claim.updateMany({ where: { id: { in: curatedAway } }, data: { curation: "curated_away" } });
      await conflictGroups.reevaluate(tx, actor);
      const decision = await tx.curationDecision.create({
        data: { roundId, unitKey: unit.key, kind: curated.kind, curatedClaimId: curated.id, decidedById: actor.userId },
        include: curationDecisionInclude,
      });
      await writeAudit(tx, {
        projectId: round.projectId,
        actor,
        action: "coding_round.curate",
        objectType: "CodingRound",
        objectId: roundId,
        after: { unitKey: unit.key, kind: curated.kind, curatedClaimId: curated.id, coderId: curated.coderId, curatedAwayClaimIds: curatedAway },
      });
      return curationDecisionView(decision);
    },
    { timeout: 20_000 },
  );
}

interface CuratedClaim {
  id: string;
  kind: "accepted" | "written";
  /** The coder whose claim was accepted; null for the curator's own. */
  coderId: string | null;
}

function acceptedClaim(unit: CodingUnit, claimId: string): CuratedClaim {
  const claim: CodedClaim | undefined = unit.claims.find((candidate) => candidate.id === claimId);
  if (!claim) throw new ValidationError("That claim is not one of the unit's.", [{ path: "claimId", message: "Not a claim of this unit: accept one of its coders' claims" }]);
  return { id: claim.id, kind: "accepted", coderId: claim.coderId };
}

/** The curator's own claim for the unit, through the claim writer and all its checks; it must be about the unit's subject and property. */
async function writtenClaim(
  tx: Tx,
  actor: Actor,
  round: CodingRoundRecord,
  unit: CodingUnit,
  input: NonNullable<CurateUnitInput["claim"]>,
  conflictGroups: ConflictGroups,
): Promise<CuratedClaim> {
  const fields = [
    ...(input.subjectId === unit.subjectId ? [] : [{ path: "claim.subjectId", message: "A unit's claim is about the unit's subject" }]),
    ...(input.propertyId === unit.propertyId ? [] : [{ path: "claim.propertyId", message: "A unit's claim records the unit's property" }]),
  ];
  if (fields.length > 0) throw new ValidationError("The claim is not about this unit.", fields);
  await requireProjectPermission(tx, actor, round.projectId, "claim:create", "Coding round");
  const written = await writeClaim({ tx, actor, projectId: round.projectId, input, action: "claim.create", isContentEdit: true, conflictGroups });
  return { id: written.id, kind: "written", coderId: null };
}

/**
 * A claim of the unit already in review (a coder submitted it after the round
 * closed) cannot be curated away: review is deciding it, and a curated-away
 * claim never goes to review.
 */
async function refuseWhenInReview(tx: Tx, claimIds: readonly string[]): Promise<void> {
  const inReview = await tx.claim.count({ where: { id: { in: [...claimIds] }, status: { in: [...IN_REVIEW] } } });
  if (inReview > 0) {
    throw new ConflictError(
      "Another claim of this unit is already in review (submitted after the round closed): review decides it, so it cannot be curated away.",
      undefined,
      errorCodes.invalidTransition,
    );
  }
}
