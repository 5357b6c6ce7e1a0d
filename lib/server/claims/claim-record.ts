import "server-only";
import type { ClaimSnapshot } from "@/lib/audit/audit-events";
import { claimInputSchema, type ParsedClaimInput } from "@/lib/claims/claim-input";
import type { Prisma } from "@/lib/db/generated/client";
import type { Blindness } from "../coding-rounds/blind-visibility";
import { NotFoundError } from "../errors";

type Tx = Prisma.TransactionClient;

export const claimRecordInclude = {
  subject: { select: { id: true, name: true, aliases: true, kind: true } },
  property: { select: { id: true, key: true, label: true, valueType: true, isSingleValued: true } },
  valueEntity: { select: { id: true, name: true } },
  derivedFrom: {
    select: { id: true, isDeleted: true, value: true, subject: { select: { name: true } }, property: { select: { label: true } }, valueEntity: { select: { name: true } } },
  },
  createdBy: { select: { id: true, name: true } },
  updatedBy: { select: { id: true, name: true } },
  attributions: {
    orderBy: { position: "asc" },
    include: { entity: { select: { id: true, name: true } }, source: { select: { id: true, title: true } } },
  },
  evidence: {
    orderBy: { createdAt: "asc" },
    include: {
      annotation: {
        select: {
          id: true,
          sourceId: true,
          start: true,
          end: true,
          exact: true,
          prefix: true,
          suffix: true,
          revision: { select: { number: true, sha256: true } },
          source: { select: { id: true, title: true, outlet: true } },
        },
      },
    },
  },
  conflicts: {
    include: { conflict: { select: { id: true, kind: true, status: true, explanation: true, isManual: true } } },
  },
} satisfies Prisma.ClaimInclude;

export type ClaimRecord = Prisma.ClaimGetPayload<{ include: typeof claimRecordInclude }>;

/** The same include for a reader whose actor may code blind: a claim's conflicts with claims hidden from them are left out. */
export function claimRecordIncludeFor(blindness: Pick<Blindness, "conflicts">) {
  return { ...claimRecordInclude, conflicts: { ...claimRecordInclude.conflicts, where: { conflict: blindness.conflicts } } } satisfies Prisma.ClaimInclude;
}

export async function loadClaimRecord(tx: Tx, claimId: string): Promise<ClaimRecord> {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, include: claimRecordInclude });
  if (!claim || claim.isDeleted) throw new NotFoundError("Claim");
  return claim;
}

/** As much of a claim as its audited state is made of: a stored claim, or a claim an import is about to write. */
export type SnapshotClaim = Pick<
  ClaimRecord,
  "value" | "qualifiers" | "hedging" | "status" | "rank" | "note" | "credibility" | "derivedFromId" | "version"
> & {
  subject: { name: string };
  property: { key: string };
  attributions: readonly { role: ClaimRecord["attributions"][number]["role"]; entity: { name: string } | null; partyName: string | null; source: { title: string } | null }[];
  evidence: readonly { annotation: { id: string; exact: string } }[];
};

/** The audited state of a claim: what a reader of its history needs to see change. */
export function claimSnapshot(claim: SnapshotClaim): ClaimSnapshot {
  return {
    subject: claim.subject.name,
    property: claim.property.key,
    value: claim.value,
    qualifiers: claim.qualifiers,
    hedging: claim.hedging,
    status: claim.status,
    rank: claim.rank,
    note: claim.note,
    credibility: claim.credibility,
    derivedFromId: claim.derivedFromId,
    version: claim.version,
    attribution: claim.attributions.map((a) => ({ role: a.role, party: a.entity?.name ?? a.partyName ?? a.source?.title })),
    evidence: claim.evidence.map((e) => ({ annotationId: e.annotation.id, exact: e.annotation.exact })),
  };
}

/** Who the chain says asserted the claim: its origin (first link). */
export function attributedTo(claim: Pick<ClaimRecord, "attributions">): string {
  const origin = claim.attributions[0];
  return origin?.entity?.name ?? origin?.partyName ?? origin?.source?.title ?? "an unattributed source";
}

/** A stored claim's content in the shape of a claim input, so an edit can start from it. */
export function storedClaimInput(claim: ClaimRecord): ParsedClaimInput {
  return claimInputSchema.parse({
    subjectId: claim.subjectId,
    propertyId: claim.propertyId,
    value: claim.value,
    qualifiers: claim.qualifiers,
    hedging: claim.hedging,
    note: claim.note,
    attribution: claim.attributions.map((a) => ({
      role: a.role,
      entityId: a.entityId ?? undefined,
      partyName: a.partyName ?? undefined,
      sourceId: a.sourceId ?? undefined,
    })),
    evidenceAnnotationIds: claim.evidence.map((e) => e.annotationId),
    credibility: claim.credibility,
    derivedFromId: claim.derivedFromId,
  });
}
