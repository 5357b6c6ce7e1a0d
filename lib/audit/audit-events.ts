import type { VagueQuantity } from "@/lib/claims/parse/vague-quantities";
import type { ClaimRank, ClaimStatus, ConflictKind, ConflictStatus, JobKind, JobStatus, ReliabilityGrade, ReviewDecisionKind, Role, ValueType } from "@/lib/db/generated/enums";
import type { EstimateSettingsView } from "@/lib/grading/grading-input";

/**
 * Every kind of audit event with the payload it records. Writers can only
 * write these (writeAudit takes an AuditEvent), and readers such as the
 * claim history know every action they may meet.
 */

/** The audited state of a claim: what a reader of its history needs to see change. */
export interface ClaimSnapshot {
  subject: string;
  property: string;
  value: unknown;
  qualifiers: unknown;
  hedging: string | null;
  status: ClaimStatus;
  rank: ClaimRank;
  note: string;
  /** Absent in events written before claims were graded. */
  credibility?: number | null;
  derivedFromId?: string | null;
  version: number;
  attribution: { role: string; party: string | undefined }[];
  evidence: { annotationId: string; exact: string }[];
}

/** A payload whose fields are the event's own business (settings, counts, metadata), stored as JSON. */
type Details = object;

interface ClaimDecisionAfter {
  status: ClaimStatus;
  version: number;
  decision: ReviewDecisionKind;
  reason: string | null;
  approvals?: number;
  requiredApprovals?: number;
}

export type ClaimAuditEvent =
  | { action: "claim.create" | "claim.import"; objectType: "Claim"; before?: undefined; after: ClaimSnapshot }
  | { action: "claim.update" | "claim.entity_merge" | "claim.entity_unmerge"; objectType: "Claim"; before: ClaimSnapshot; after: ClaimSnapshot }
  | { action: "claim.delete"; objectType: "Claim"; before: ClaimSnapshot; after?: undefined }
  | { action: `claim.${ReviewDecisionKind}`; objectType: "Claim"; before: { status: ClaimStatus; version: number }; after: ClaimDecisionAfter }
  | { action: "claim.rank"; objectType: "Claim"; before: { rank: ClaimRank }; after: { rank: ClaimRank; conflictId: string } }
  | { action: "claim.recheck_flag"; objectType: "Claim"; before?: undefined; after: { revision: number; reason: string } }
  | { action: "claim.recheck_confirm"; objectType: "Claim"; before: { reason: string | null }; after: { note: string } };

export type ConflictAuditEvent =
  | { action: "conflict.detect"; objectType: "Conflict"; before?: undefined; after: { kind: ConflictKind; claimIds: string[]; explanation: string } }
  | { action: "conflict.auto_close" | "conflict.auto_reopen"; objectType: "Conflict"; before: { status: ConflictStatus }; after: { status: ConflictStatus; note: string } }
  | { action: "conflict.flag"; objectType: "Conflict"; before?: undefined; after: { kind: "manual"; claimIds: string[]; rationale: string; explanation: string } }
  | { action: "conflict.resolve" | "conflict.dismiss" | "conflict.reopen"; objectType: "Conflict"; before: Details; after: Details }
  | { action: "conflict.recompute"; objectType: "Project"; before?: undefined; after: Details };

export type AuditEvent =
  | ClaimAuditEvent
  | ConflictAuditEvent
  | { action: "project.create"; objectType: "Project"; before?: undefined; after: { slug: string; name: string; template: string; properties: number } }
  | { action: "project.update" | "project.divergence_threshold"; objectType: "Project"; before: Details; after: Details }
  | {
      action: "project.vague_lexicon_update";
      objectType: "Project";
      /** As stored, even a list that no longer passes the parser's schema; null: the default. */
      before: { vagueQuantities: unknown };
      after: { vagueQuantities: VagueQuantity[] | null };
    }
  | { action: "project.estimate_rule_update"; objectType: "Project"; before: EstimateSettingsView; after: EstimateSettingsView }
  | {
      action: "party_reliability.update";
      objectType: "PartyReliability";
      /** Null: the party had no grade before, or has none after (removed). */
      before: { label: string; grade: ReliabilityGrade | null };
      after: { label: string; grade: ReliabilityGrade | null };
    }
  | { action: "dataset.import"; objectType: "Project"; before?: undefined; after: Details }
  | { action: "export.create"; objectType: "ExportRun"; before?: undefined; after: Details }
  | { action: "job.create"; objectType: "Job"; before?: undefined; after: { kind: JobKind; input: Details } }
  | { action: "job.cancel"; objectType: "Job"; before: { status: JobStatus }; after: { status: "cancelled" } }
  | { action: "source.create" | "source.revision_create"; objectType: "Source"; before?: undefined; after: Details }
  | { action: "annotation.create"; objectType: "Annotation"; before?: undefined; after: Details }
  | { action: "annotation.delete"; objectType: "Annotation"; before: { sourceId: string; revisionId: string; start: number; end: number; exact: string }; after?: undefined }
  | {
      action: "annotation.reattach";
      objectType: "Annotation";
      before: { revision: number; status: string; start: number | null; end: number | null };
      after: { revision: number; start: number; end: number; text: string };
    }
  | {
      action: "suggestion.dismiss";
      objectType: "SuggestionDismissal";
      before?: undefined;
      after: { sourceId: string; revision: number; key: string; quote: string; claimId: string | null };
    }
  | {
      action: "suggestion.accept";
      objectType: "SuggestionDismissal";
      before?: undefined;
      after: { sourceId: string; revision: number; key: string; annotationId: string; claimId: string };
    }
  | { action: "comment.create"; objectType: "Comment"; before?: undefined; after: Details }
  | CodingRoundAuditEvent
  | { action: "entity.create"; objectType: "Entity"; before?: undefined; after: Details }
  | { action: "entity.update" | "entity.merge" | "entity.unmerge"; objectType: "Entity"; before: Details; after: Details }
  | { action: "membership.create"; objectType: "Membership"; before?: undefined; after: { userId: string; email: string; role: Role } }
  | { action: "membership.update"; objectType: "Membership"; before: { userId: string; role: Role }; after: { userId: string; role: Role } }
  | { action: "membership.delete"; objectType: "Membership"; before: { userId: string; email: string; role: Role }; after?: undefined }
  | { action: "api_token.create"; objectType: "ApiToken"; before?: undefined; after: { name: string; expiresAt: string | null } }
  | { action: "api_token.revoke"; objectType: "ApiToken"; before?: undefined; after?: undefined }
  | { action: "user.sessions_revoked"; objectType: "User"; before?: undefined; after: { reason: string } }
  | { action: "user.admin"; objectType: "User"; before: { isAdmin: boolean }; after: { isAdmin: boolean } }
  | { action: "user.disable" | "user.enable"; objectType: "User"; before: { isDisabled: boolean }; after: { isDisabled: boolean } }
  | { action: "user.create"; objectType: "User"; before?: undefined; after: { email: string; how: "sign_up" | "invitation" } }
  | { action: "invitation.create"; objectType: "Invitation"; before?: undefined; after: { email: string; role: Role; expiresAt: string; replacedEarlier: boolean } }
  | { action: "invitation.revoke"; objectType: "Invitation"; before: { email: string; role: Role }; after?: undefined }
  | { action: "invitation.accept"; objectType: "Invitation"; before?: undefined; after: { userId: string; email: string; role: Role; newAccount: boolean } }
  | { action: "property.create"; objectType: "Property"; before?: undefined; after: PropertyDetails }
  | { action: "property.update"; objectType: "Property"; before: Partial<PropertyDetails>; after: Partial<PropertyDetails> }
  | { action: "property.archive" | "property.restore"; objectType: "Property"; before: { archivedAt: string | null }; after: { archivedAt: string | null } };

/** Independent coding (issue 19): who opened a round for whom, who finished, how it closed, and who curated which unit how. */
export type CodingRoundAuditEvent =
  | { action: "coding_round.open"; objectType: "CodingRound"; before?: undefined; after: { sourceId: string; isBlind: boolean; coderIds: string[] } }
  | { action: "coding_round.done"; objectType: "CodingRound"; before?: undefined; after: { coderId: string; codersDone: number; coders: number } }
  | {
      action: "coding_round.close";
      objectType: "CodingRound";
      before: { status: "open" };
      /** `all_coders_done`: the last coder's "done" closed it; `closed_by_owner`: an owner closed it. */
      after: { status: "closed"; reason: "all_coders_done" | "closed_by_owner" };
    }
  | {
      action: "coding_round.curate";
      objectType: "CodingRound";
      before?: undefined;
      /** Which claim stands for the unit (a coder's, `coderId`, or the curator's own, `coderId: null`) and which were curated away. */
      after: { unitKey: string; kind: "accepted" | "written"; curatedClaimId: string; coderId: string | null; curatedAwayClaimIds: string[] };
    };

interface PropertyDetails {
  key: string;
  label: string;
  valueType: ValueType;
  isSingleValued: boolean;
  description: string;
}

export type AuditAction = AuditEvent["action"];
export type ClaimAuditAction = ClaimAuditEvent["action"];
/** The actions that write a claim's content through the claim writer. */
export type ClaimContentAction = Extract<ClaimAuditEvent, { after: ClaimSnapshot }>["action"];

/** How the claim history names each of a claim's events. */
export const claimActionLabels: Record<ClaimAuditAction, string> = {
  "claim.create": "Created",
  "claim.import": "Imported",
  "claim.update": "Edited",
  "claim.entity_merge": "Moved by an entity merge",
  "claim.entity_unmerge": "Restored by an un-merge",
  "claim.delete": "Withdrawn",
  "claim.submit": "Submitted",
  "claim.approve": "Approved",
  "claim.reject": "Rejected",
  "claim.request_changes": "Changes requested",
  "claim.rank": "Ranked",
  "claim.recheck_flag": "Marked for re-check",
  "claim.recheck_confirm": "Re-checked",
};
