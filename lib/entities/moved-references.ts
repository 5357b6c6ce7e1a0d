import { z } from "zod";
import type { ParsedClaimInput } from "@/lib/claims/claim-input";

/** Where one claim named the entity a merge folded into another. */
export const movedReferenceSchema = z.object({
  claimId: z.string(),
  subject: z.boolean(),
  value: z.boolean(),
  attributionPositions: z.array(z.number().int().min(0)),
});
export type MovedReference = z.infer<typeof movedReferenceSchema>;

interface ClaimReferences {
  id: string;
  subjectId: string;
  valueEntityId: string | null;
  attributions: readonly { position: number; entityId: string | null }[];
}

export function referencesTo(claim: ClaimReferences, entityId: string): MovedReference {
  return {
    claimId: claim.id,
    subject: claim.subjectId === entityId,
    value: claim.valueEntityId === entityId,
    attributionPositions: claim.attributions.filter((a) => a.entityId === entityId).map((a) => a.position),
  };
}

/**
 * A claim's content with the references a merge moved to `targetId` pointed
 * back at `sourceId`. A reference edited since the merge (no longer the
 * target) is the editor's choice and stays.
 */
export function restoreReferences(input: ParsedClaimInput, moved: MovedReference, sourceId: string, targetId: string): ParsedClaimInput {
  const back = (id: string | undefined, wasMoved: boolean) => (wasMoved && id === targetId ? sourceId : id);
  const value = input.value.type === "entity" ? { ...input.value, entityId: back(input.value.entityId, moved.value)! } : input.value;
  return {
    ...input,
    subjectId: back(input.subjectId, moved.subject)!,
    value,
    attribution: input.attribution.map((link, position) => ({
      ...link,
      entityId: back(link.entityId, moved.attributionPositions.includes(position)),
    })),
  };
}
