import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { claimRecordInclude, claimRecordIncludeFor } from "../claims/claim-record";
import type { Blindness } from "../coding-rounds/blind-visibility";
import { claimView } from "../claims/claim-view";
import { NotFoundError } from "../errors";

type Tx = Prisma.TransactionClient;

export const conflictInclude = {
  createdBy: { select: { id: true, name: true } },
  resolvedBy: { select: { id: true, name: true } },
  members: { include: { claim: { include: claimRecordInclude } } },
} satisfies Prisma.ConflictInclude;

type ConflictRecord = Prisma.ConflictGetPayload<{ include: typeof conflictInclude }>;

/** The same include for a reader whose actor may code blind: the member claims' own conflicts hide those with hidden claims. */
export function conflictIncludeFor(blindness: Pick<Blindness, "conflicts">) {
  return { ...conflictInclude, members: { include: { claim: { include: claimRecordIncludeFor(blindness) } } } } satisfies Prisma.ConflictInclude;
}

/**
 * A conflict as the API returns it and the board shows it: its claims side
 * by side (oldest first), each with the rank the resolution gave it. A
 * withdrawn claim stays listed, marked deleted: a conflict's history keeps
 * what it was about.
 */
export function conflictView(conflict: ConflictRecord) {
  return {
    id: conflict.id,
    projectId: conflict.projectId,
    kind: conflict.kind,
    status: conflict.status,
    isManual: conflict.isManual,
    explanation: conflict.explanation,
    rationale: conflict.rationale,
    resolutionReason: conflict.resolutionReason,
    statusNote: conflict.statusNote,
    isClosedAutomatically: conflict.isClosedAutomatically,
    createdBy: conflict.createdBy,
    resolvedBy: conflict.resolvedBy,
    resolvedAt: conflict.resolvedAt?.toISOString() ?? null,
    createdAt: conflict.createdAt.toISOString(),
    updatedAt: conflict.updatedAt.toISOString(),
    members: [...conflict.members]
      .sort((a, b) => a.claim.createdAt.getTime() - b.claim.createdAt.getTime() || (a.claimId < b.claimId ? -1 : 1))
      .map((member) => ({ rank: member.rank, rankReason: member.rankReason, isDeleted: member.claim.isDeleted, claim: claimView(member.claim) })),
  };
}
export type ConflictView = ReturnType<typeof conflictView>;

export async function loadConflictView(tx: Tx, conflictId: string): Promise<ConflictView> {
  const conflict = await tx.conflict.findUnique({ where: { id: conflictId }, include: conflictInclude });
  if (!conflict) throw new NotFoundError("Conflict");
  return conflictView(conflict);
}
