import "server-only";
import type { CodingUnit } from "@/lib/agreement/units";
import type { CurationDecisionView, CurationUnitView } from "@/lib/curation/curation-schema";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { errorCodes } from "@/lib/errors/error-codes";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { claimRecordInclude } from "../claims/claim-record";
import { claimView, type ClaimView } from "../claims/claim-view";
import { ConflictError } from "../errors";
import { codingRoundView, loadCodingRound, type CodingRoundRecord, type CodingRoundView } from "./coding-round-record";
import { loadRoundUnits } from "./round-claims";

type Reader = Db | Prisma.TransactionClient;

export const curationDecisionInclude = {
  decidedBy: { select: { id: true, name: true } },
  curatedClaim: { include: claimRecordInclude },
} satisfies Prisma.CurationDecisionInclude;

type CurationDecisionRecord = Prisma.CurationDecisionGetPayload<{ include: typeof curationDecisionInclude }>;

export function curationDecisionView(decision: CurationDecisionRecord): CurationDecisionView {
  return {
    id: decision.id,
    unitKey: decision.unitKey,
    kind: decision.kind,
    claim: claimView(decision.curatedClaim),
    decidedBy: decision.decidedBy,
    createdAt: decision.createdAt.toISOString(),
  };
}

/**
 * A round a curator may curate: owners and reviewers of its project, once it
 * is closed. While it is open the coders are still at work (and, blind, must
 * not see each other's values through a curator's view), so it is a 409.
 */
export async function loadCuratableRound(db: Reader, actor: Actor, roundId: string): Promise<CodingRoundRecord> {
  const { round } = await loadCodingRound(db, actor, roundId);
  await requireProjectPermission(db, actor, round.projectId, "round:curate", "Coding round");
  if (round.status === "open") {
    throw new ConflictError("This coding round is still open: its units are curated once every coder is done or an owner closes it.", undefined, errorCodes.notOpen);
  }
  return round;
}

/** Every unit of a closed round side by side, with its decision once made, for curators. */
export async function getCurationUnits(db: Db, { actor, roundId }: { actor: Actor; roundId: string }): Promise<{ round: CodingRoundView; units: CurationUnitView[] }> {
  const round = await loadCuratableRound(db, actor, roundId);
  const units = await loadRoundUnits(db, round);
  const [claims, decisions] = await Promise.all([
    db.claim.findMany({ where: { id: { in: units.flatMap((unit) => unit.claims.map((claim) => claim.id)) } }, include: claimRecordInclude }),
    db.curationDecision.findMany({ where: { roundId }, include: curationDecisionInclude }),
  ]);
  const views = new Map(claims.map((claim) => [claim.id, claimView(claim)]));
  const decisionOf = new Map(decisions.map((decision) => [decision.unitKey, curationDecisionView(decision)]));
  return { round: codingRoundView(round), units: units.map((unit) => unitView(unit, round, views, decisionOf.get(unit.key) ?? null)) };
}

function unitView(unit: CodingUnit, round: CodingRoundRecord, views: ReadonlyMap<string, ClaimView>, decision: CurationDecisionView | null): CurationUnitView {
  const first = views.get(unit.claims[0]!.id)!;
  return {
    key: unit.key,
    subject: first.subject,
    property: { id: first.property.id, key: first.property.key, label: first.property.label },
    qualifiers: first.qualifiers,
    origin: { key: unit.origin.key, label: unit.origin.label },
    proposition: unit.proposition,
    codings: round.coders.map(({ user }) => {
      const counted = unit.claimsByCoder.get(user.id);
      return {
        coder: user,
        claim: counted ? views.get(counted.id)! : null,
        superseded: unit.superseded.filter((claim) => claim.coderId === user.id).map((claim) => views.get(claim.claimId)!),
      };
    }),
    decision,
  };
}
