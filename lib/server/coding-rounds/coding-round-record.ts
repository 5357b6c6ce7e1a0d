import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission, type ProjectAccess } from "../access";
import { NotFoundError } from "../errors";

type Reader = Db | Prisma.TransactionClient;

export const codingRoundInclude = {
  openedBy: { select: { id: true, name: true } },
  // In the order the owner named them, so the report's coders keep that order.
  coders: { orderBy: { position: "asc" }, include: { user: { select: { id: true, name: true } } } },
} satisfies Prisma.CodingRoundInclude;

export type CodingRoundRecord = Prisma.CodingRoundGetPayload<{ include: typeof codingRoundInclude }>;

/**
 * A round and the caller's access to its project, resolved from the round
 * itself. A round in a project the caller is not a member of is not found,
 * like one that does not exist.
 */
export async function loadCodingRound(db: Reader, actor: Actor, roundId: string): Promise<{ round: CodingRoundRecord; access: ProjectAccess }> {
  const round = await db.codingRound.findUnique({ where: { id: roundId }, include: codingRoundInclude });
  if (!round) throw new NotFoundError("Coding round");
  const access = await requireProjectPermission(db, actor, round.projectId, "project:read", "Coding round");
  return { round, access };
}

/** Takes the round's row lock, so "done" and "close" of one round happen one after another. */
export async function lockCodingRound(tx: Prisma.TransactionClient, roundId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "CodingRound" WHERE id = ${roundId} FOR UPDATE`;
}

export function codingRoundView(round: CodingRoundRecord) {
  return {
    id: round.id,
    projectId: round.projectId,
    sourceId: round.sourceId,
    isBlind: round.isBlind,
    status: round.status,
    openedBy: round.openedBy,
    coders: round.coders.map((coder) => ({ id: coder.user.id, name: coder.user.name, doneAt: coder.doneAt?.toISOString() ?? null })),
    closedAt: round.closedAt?.toISOString() ?? null,
    createdAt: round.createdAt.toISOString(),
  };
}

export type CodingRoundView = ReturnType<typeof codingRoundView>;
