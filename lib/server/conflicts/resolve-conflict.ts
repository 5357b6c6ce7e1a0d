import "server-only";
import { overallRank } from "@/lib/conflicts/claim-rank";
import type { Db } from "@/lib/db/client";
import type { ClaimRank, Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import type { ResolutionInput } from "@/lib/conflicts/conflict-input";
import { loadConflictView } from "./conflict-view";
import { errorCodes } from "@/lib/errors/error-codes";

type Tx = Prisma.TransactionClient;

const actions = { resolved: "conflict.resolve", dismissed: "conflict.dismiss", open: "conflict.reopen" } as const;

/**
 * A person's decision on a conflict: resolve it (ranking each of its claims
 * preferred, normal or deprecated, each with a reason), dismiss it, or
 * reopen one a person decided. Nothing is deleted: ranks are written on the
 * conflict's members, each claim's own rank is derived again from all its
 * conflicts (see overallRank), and the decision is audited on the conflict
 * and, where a claim's rank changes, on the claim. Deciding a conflict that
 * is not open, or reopening one that is, answers 409: the earlier decision
 * must be reopened, in the audit trail, before it is replaced.
 */
export async function resolveConflict(db: Db, actor: Actor, conflictId: string, input: ResolutionInput) {
  return db.$transaction(async (tx) => {
    await decideConflict(tx, actor, conflictId, input);
    return loadConflictView(tx, conflictId);
  });
}

/** The decision itself, inside the caller's transaction (one conflict, or every conflict of a group). */
export async function decideConflict(tx: Tx, actor: Actor, conflictId: string, input: ResolutionInput): Promise<void> {
  const conflict = await tx.conflict.findUnique({ where: { id: conflictId }, include: { members: true } });
  if (!conflict) throw new NotFoundError("Conflict");
  await requireProjectPermission(tx, actor, conflict.projectId, "conflict:resolve", "Conflict");
  checkTransition(conflict, input.status);
  // Dismissing or reopening withdraws any ranks: only a resolution in force ranks claims.
  const ranks =
    input.status === "resolved"
      ? memberRanks(conflict.members, input)
      : conflict.members.map(({ claimId }) => ({ claimId, rank: "normal" as ClaimRank, rankReason: null }));

  const now = new Date();
  const decision =
    input.status === "open"
      ? { statusNote: `Reopened by ${actor.name}: ${input.reason}`, resolutionReason: null, resolvedById: null, resolvedAt: null }
      : { statusNote: null, resolutionReason: input.reason, resolvedById: actor.userId, resolvedAt: now };
  // Conditional on the status read above, so two people deciding at once cannot both succeed.
  const { count } = await tx.conflict.updateMany({
    where: { id: conflictId, status: conflict.status },
    data: { status: input.status, isClosedAutomatically: false, ...decision },
  });
  if (count === 0) throw new ConflictError("Someone else decided on this conflict a moment ago; reload it.", undefined, errorCodes.staleStatus);
  for (const { claimId, rank, rankReason } of ranks) {
    await tx.conflictMember.update({ where: { conflictId_claimId: { conflictId, claimId } }, data: { rank, rankReason } });
  }
  await writeAudit(tx, {
    projectId: conflict.projectId,
    actor,
    action: actions[input.status],
    objectType: "Conflict",
    objectId: conflictId,
    before: {
      status: conflict.status,
      reason: conflict.resolutionReason ?? conflict.statusNote,
      ranks: conflict.members.map(({ claimId, rank, rankReason }) => ({ claimId, rank, reason: rankReason })),
    },
    after: { status: input.status, reason: input.reason, ranks: ranks.map(({ claimId, rank, rankReason }) => ({ claimId, rank, reason: rankReason })) },
  });
  await syncClaimRanks(tx, conflict.projectId, conflictId, ranks.map((r) => r.claimId), actor);
}

function checkTransition(conflict: { status: string; isClosedAutomatically: boolean }, next: ResolutionInput["status"]): void {
  if (next !== "open" && conflict.status !== "open") {
    throw new ConflictError(`This conflict is already ${conflict.status}; reopen it before deciding again.`, undefined, errorCodes.notOpen);
  }
  if (next === "open" && conflict.status === "open") throw new ConflictError("This conflict is already open.", undefined, errorCodes.alreadyOpen);
  if (next === "open" && conflict.isClosedAutomatically) {
    throw new ConflictError(
      "This conflict closed itself because its claims no longer disagree; flag the claims by hand if you see a disagreement.",
      undefined,
      errorCodes.closedAutomatically,
    );
  }
}

/**
 * Refuses ranks that do not name each of `claimIds` exactly once; `scope`
 * ("conflict", "group") says in the message what they should have covered.
 */
export function requireOneRankEach<R extends { claimId: string }>(claimIds: ReadonlySet<string>, ranks: readonly R[], scope: string): Map<string, R> {
  const given = new Map(ranks.map((r) => [r.claimId, r]));
  const fields = [
    ...ranks.flatMap((r, index) => (claimIds.has(r.claimId) ? [] : [{ path: `ranks.${index}.claimId`, message: `Not a claim of this ${scope}` }])),
    ...(given.size !== ranks.length ? [{ path: "ranks", message: "Rank each claim once" }] : []),
    ...[...claimIds].flatMap((claimId) => (given.has(claimId) ? [] : [{ path: "ranks", message: `Rank claim ${claimId} too` }])),
  ];
  if (fields.length) throw new ValidationError(`Rank every claim of the ${scope}, once each.`, fields);
  return given;
}

/** One rank per member, no more and no fewer; a rank without its own reason takes the decision's. */
function memberRanks(members: readonly { claimId: string }[], input: Extract<ResolutionInput, { status: "resolved" }>) {
  requireOneRankEach(new Set(members.map((m) => m.claimId)), input.ranks, "conflict");
  return input.ranks.map(({ claimId, rank, reason }) => ({ claimId, rank, rankReason: reason || input.reason }));
}

/**
 * Derives each claim's own rank again from every conflict it is in, and
 * audits the claims whose rank changed, so their history shows the decision.
 */
async function syncClaimRanks(tx: Tx, projectId: string, conflictId: string, claimIds: string[], actor: Actor): Promise<void> {
  const claims = await tx.claim.findMany({
    where: { id: { in: claimIds } },
    select: { id: true, rank: true, conflicts: { select: { rank: true, conflict: { select: { status: true } } } } },
  });
  for (const claim of claims) {
    const rank: ClaimRank = overallRank(claim.conflicts.map((m) => ({ rank: m.rank, conflictStatus: m.conflict.status })));
    if (rank === claim.rank) continue;
    // Not a content edit: the version and the last content editor stay, so nobody's pending
    // edit becomes stale and four eyes still see who wrote the content (the rank is audited below).
    await tx.claim.update({ where: { id: claim.id }, data: { rank } });
    await writeAudit(tx, {
      projectId,
      actor,
      action: "claim.rank",
      objectType: "Claim",
      objectId: claim.id,
      before: { rank: claim.rank },
      after: { rank, conflictId },
    });
  }
}
