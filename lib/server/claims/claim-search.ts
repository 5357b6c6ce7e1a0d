import "server-only";
import { describeClaimValue } from "@/lib/claims/describe-claim-value";
import { claimValueSchema } from "@/lib/claims/value";
import type { Prisma } from "@/lib/db/generated/client";
import { claimRecordInclude, type ClaimRecord } from "./claim-record";

/** As much of a claim as its search text is made of: a stored claim, or a claim an import is about to write. */
export interface SearchableClaim {
  subject: { name: string; aliases: readonly string[] };
  property: { label: string };
  value: unknown;
  valueEntity: { name: string } | null;
  qualifiers: unknown;
  attributions: readonly { entity: { name: string } | null; partyName: string | null; source: { title: string } | null }[];
  evidence: readonly { annotation: { exact: string } }[];
  note: string;
}

/** Everything a researcher may type to find a claim: subject and aliases, property, value, qualifiers, attribution, evidence quotes and note. */
export function claimSearchText(claim: SearchableClaim): string {
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
  return parts.filter(Boolean).join(" \n ");
}

/** Rewrites a claim's search vector from its search text. */
export async function updateClaimSearch(tx: Prisma.TransactionClient, claim: ClaimRecord): Promise<void> {
  await tx.$executeRaw`UPDATE "Claim" SET "searchVector" = to_tsvector('simple', ${claimSearchText(claim)}) WHERE id = ${claim.id}`;
}

/** Live claims that name an entity (as subject, as value or in their attribution chain), in one query. */
export async function claimsNaming(tx: Prisma.TransactionClient, entityId: string): Promise<ClaimRecord[]> {
  return tx.claim.findMany({
    where: {
      isDeleted: false,
      OR: [{ subjectId: entityId }, { valueEntityId: entityId }, { attributions: { some: { entityId } } }],
    },
    include: claimRecordInclude,
    orderBy: { id: "asc" },
  });
}

/**
 * After an entity's name or aliases change, the claims that name it are found
 * by the new ones. Claims in `rewritten` already got a fresh vector from the
 * claim writer and are not written twice. Returns the claims it refreshed.
 */
export async function refreshSearchOfClaimsNaming(tx: Prisma.TransactionClient, entityId: string, rewritten: ReadonlySet<string> = new Set()): Promise<ClaimRecord[]> {
  const claims = (await claimsNaming(tx, entityId)).filter((claim) => !rewritten.has(claim.id));
  for (const claim of claims) await updateClaimSearch(tx, claim);
  return claims;
}
