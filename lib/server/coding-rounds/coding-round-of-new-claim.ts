import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { errorCodes } from "@/lib/errors/error-codes";
import type { Actor } from "../actor";
import { ConflictError } from "../errors";

type Tx = Prisma.TransactionClient;

/**
 * The open round a new claim is coded in: one on a source of its evidence
 * that its author codes in. Null for anyone else's claims, and after the
 * round has closed. A claim with evidence on two sources that both have a
 * round of its author counts in the older one.
 */
export async function codingRoundOfNewClaim(tx: Tx, actor: Actor, evidenceAnnotationIds: readonly string[]): Promise<string | null> {
  const round = await tx.codingRound.findFirst({
    where: {
      status: "open",
      coders: { some: { userId: actor.userId } },
      source: { annotations: { some: { id: { in: [...evidenceAnnotationIds] } } } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return round?.id ?? null;
}

/**
 * A claim coded in a round that is still open stays a draft: submitted, it
 * would reach reviewers before the coders' work is compared and curated. A
 * claim a curator curated away never goes to review: another claim stands
 * for its unit.
 */
export async function refuseSubmitWhileCoding(tx: Tx, claimId: string): Promise<void> {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { curation: true, codingRound: { select: { status: true } } } });
  if (claim?.codingRound?.status === "open") {
    throw new ConflictError("This claim was coded in a coding round that is still open: it stays a draft until the round closes.", undefined, errorCodes.invalidTransition);
  }
  if (claim?.curation === "curated_away") {
    throw new ConflictError("This claim was curated away: the curator chose another claim for its unit, so it stays out of review.", undefined, errorCodes.invalidTransition);
  }
}
