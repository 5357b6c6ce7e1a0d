import "server-only";
import { describeClaimValue } from "@/lib/claims/describe-claim-value";
import { claimValueSchema } from "@/lib/claims/value";
import type { Prisma } from "@/lib/db/generated/client";
import { claimRecordInclude, type ClaimRecord } from "./claim-record";

/**
 * Rewrites a claim's search vector from everything a researcher may type to
 * find it: subject and aliases, property, value, qualifiers, attribution,
 * evidence quotes and note.
 */
export async function updateClaimSearch(tx: Prisma.TransactionClient, claim: ClaimRecord): Promise<void> {
  const value = claimValueSchema.parse(claim.value);
  const parts = [
    claim.subject.name,
    ...claim.subject.aliases,
    claim.property.label,
    describeClaimValue(value, claim.valueEntity?.name),
    ...Object.values((claim.qualifiers ?? {}) as Record<string, string>),
    ...claim.attributions.map((a) => a.entity?.name ?? a.partyName ?? a.source?.title ?? ""),
    ...claim.evidence.map((e) => e.annotation.exact),
    claim.note,
  ];
  const text = parts.filter(Boolean).join(" \n ");
  await tx.$executeRaw`UPDATE "Claim" SET "searchVector" = to_tsvector('simple', ${text}) WHERE id = ${claim.id}`;
}

/** Live claims that name an entity: as subject, as value or in their attribution chain. */
export async function claimIdsNaming(tx: Prisma.TransactionClient, entityId: string): Promise<string[]> {
  const rows = await tx.claim.findMany({
    where: {
      isDeleted: false,
      OR: [{ subjectId: entityId }, { valueEntityId: entityId }, { attributions: { some: { entityId } } }],
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => row.id);
}

/** After an entity's name or aliases change, the claims that name it are found by the new ones. */
export async function refreshSearchOfClaimsNaming(tx: Prisma.TransactionClient, entityId: string): Promise<void> {
  for (const id of await claimIdsNaming(tx, entityId)) {
    const claim = await tx.claim.findUniqueOrThrow({ where: { id }, include: claimRecordInclude });
    await updateClaimSearch(tx, claim);
  }
}
