import { describeClaimValue } from "@/lib/claims/describe-claim-value";
import { claimValueSchema } from "@/lib/claims/value";
import type { z } from "zod";
import type { claimSchema } from "@/lib/claims/claim-view-schema";
import type { ClaimRecord } from "./claim-record";

/** A claim as the API returns it and pages show it; its type is the contract's, so the two cannot drift. */
export type ClaimView = z.output<typeof claimSchema>;

export function claimView(claim: ClaimRecord): ClaimView {
  const value = claimValueSchema.parse(claim.value);
  return {
    id: claim.id,
    projectId: claim.projectId,
    subject: { id: claim.subject.id, name: claim.subject.name },
    property: { id: claim.property.id, key: claim.property.key, label: claim.property.label, valueType: claim.property.valueType },
    value,
    valueText: describeClaimValue(value, claim.valueEntity?.name),
    qualifiers: claim.qualifiers as Record<string, string>,
    hedging: claim.hedging,
    status: claim.status,
    rank: claim.rank,
    recheck: claim.needsRecheckSince ? { since: claim.needsRecheckSince.toISOString(), reason: claim.recheckReason ?? "" } : null,
    note: claim.note,
    version: claim.version,
    curation: claim.curation,
    credibility: claim.credibility,
    derivedFrom: claim.derivedFrom && { id: claim.derivedFrom.id, label: derivedFromLabel(claim.derivedFrom), isDeleted: claim.derivedFrom.isDeleted },
    attribution: claim.attributions.map((link) => ({
      position: link.position,
      role: link.role,
      entity: link.entity,
      partyName: link.partyName,
      source: link.source,
      label: link.entity?.name ?? link.partyName ?? link.source?.title ?? "",
    })),
    evidence: claim.evidence.map(({ annotation }) => ({
      annotationId: annotation.id,
      sourceId: annotation.sourceId,
      sourceTitle: annotation.source.title,
      revision: annotation.revision.number,
      sha256: annotation.revision.sha256,
      start: annotation.start,
      end: annotation.end,
      exact: annotation.exact,
      prefix: annotation.prefix,
      suffix: annotation.suffix,
    })),
    conflicts: claim.conflicts.map(({ conflict, rank, rankReason }) => ({ ...conflict, rank, rankReason })),
    createdBy: claim.createdBy,
    updatedBy: claim.updatedBy,
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
  };
}

/** "MSA and JNIM forces · Casualties: at least 60 killed". */
function derivedFromLabel(claim: NonNullable<ClaimRecord["derivedFrom"]>): string {
  const value = claimValueSchema.safeParse(claim.value);
  return `${claim.subject.name} · ${claim.property.label}: ${value.success ? describeClaimValue(value.data, claim.valueEntity?.name) : "?"}`;
}
