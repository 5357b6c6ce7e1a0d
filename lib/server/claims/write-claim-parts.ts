import "server-only";
import { derivedColumns } from "@/lib/claims/derived-columns";
import type { Prisma } from "@/lib/db/generated/client";
import type { ParsedClaimInput } from "@/lib/claims/claim-input";

type Tx = Prisma.TransactionClient;

/** The claim's own columns from a checked input. */
export function claimColumns(input: ParsedClaimInput) {
  return {
    subjectId: input.subjectId,
    propertyId: input.propertyId,
    value: input.value,
    qualifiers: input.qualifiers,
    hedging: input.hedging ?? null,
    note: input.note,
    credibility: input.credibility ?? null,
    derivedFromId: input.derivedFromId ?? null,
    ...derivedColumns(input.value),
  };
}

/** Replaces a claim's attribution chain and evidence links. */
export async function writeChainAndEvidence(tx: Tx, claimId: string, input: ParsedClaimInput): Promise<void> {
  await tx.attribution.deleteMany({ where: { claimId } });
  await tx.evidence.deleteMany({ where: { claimId } });
  if (input.attribution.length > 0) {
    await tx.attribution.createMany({
      data: input.attribution.map((link, position) => ({
        claimId,
        position,
        role: link.role,
        entityId: link.entityId ?? null,
        partyName: link.partyName ?? null,
        sourceId: link.sourceId ?? null,
      })),
    });
  }
  await tx.evidence.createMany({ data: input.evidenceAnnotationIds.map((annotationId) => ({ claimId, annotationId })) });
}
