import "server-only";
import type { ParsedClaimInput } from "@/lib/claims/claim-input";
import type { Prisma } from "@/lib/db/generated/client";
import type { ClaimRank, ClaimStatus } from "@/lib/db/generated/enums";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import type { ClaimAuditEvent, ClaimContentAction, ClaimSnapshot } from "@/lib/audit/audit-events";
import { ConflictGroups } from "../conflicts/conflict-groups";
import { writeClaimVersion } from "../reviews/claim-version";
import { checkClaimReferences } from "./claim-references";
import { claimSnapshot, loadClaimRecord, type ClaimRecord } from "./claim-record";
import { updateClaimSearch } from "./claim-search";
import { claimColumns, writeChainAndEvidence } from "./write-claim-parts";
import { codingRoundOfNewClaim } from "../coding-rounds/coding-round-of-new-claim";

type Tx = Prisma.TransactionClient;

/** What an imported claim brings from the dataset it came from. */
export interface ImportedClaimState {
  status: ClaimStatus;
  rank: ClaimRank;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface WriteClaimOptions {
  tx: Tx;
  actor: Actor;
  projectId: string;
  /** The claim's whole content after the write; references are checked and merged entities resolved here. */
  input: ParsedClaimInput;
  action: ClaimContentAction;
  /** The stored claim this write replaces, at the version the change was based on; absent for a new claim. */
  existing?: ClaimRecord;
  /**
   * Whether the actor authored this content, so four-eyes review must treat them as
   * its editor. An entity merge rewrites references without authoring anything.
   */
  isContentEdit: boolean;
  imported?: ImportedClaimState;
  /** Collects the conflict groups to re-evaluate once for many writes; without it they are re-evaluated now. */
  conflictGroups?: ConflictGroups;
}

/**
 * The one sequence every claim write goes through, inside the caller's
 * transaction: reference checks, columns, version bump (compare-and-set),
 * attribution chain and evidence, search vector, conflict re-evaluation of
 * the groups the claim left and joined, and the audit event. An approved
 * claim whose content is edited goes back to review.
 */
export async function writeClaim(options: WriteClaimOptions): Promise<ClaimRecord> {
  const { tx, actor, projectId, existing } = options;
  const checked = await checkClaimReferences(
    tx,
    projectId,
    options.input,
    existing && { claimId: existing.id, keptPropertyId: existing.propertyId, derivedFromId: existing.derivedFromId },
  );
  const columns = claimColumns(checked);
  let claimId: string;
  if (existing) {
    claimId = existing.id;
    const reopens = options.isContentEdit && existing.status === "approved";
    await writeClaimVersion(tx, {
      claimId,
      fromVersion: existing.version,
      // A person's edit is a re-check: it clears the mark a new revision left (lib/server/claims/recheck.ts).
      columns: { ...columns, ...(options.isContentEdit ? { updatedById: actor.userId, needsRecheckSince: null, recheckReason: null } : {}) },
      transition: reopens
        ? { decision: "submit", reason: "Edited after approval; back to review.", fromStatus: "approved", toStatus: "submitted", reviewerId: actor.userId }
        : undefined,
    });
  } else {
    // A claim its author makes while coding the source in an open round belongs to that round; an imported one never does.
    const codingRoundId = options.imported ? null : await codingRoundOfNewClaim(tx, actor, checked.evidenceAnnotationIds);
    ({ id: claimId } = await tx.claim.create({
      data: { projectId, ...columns, ...options.imported, codingRoundId, createdById: actor.userId, updatedById: actor.userId },
      select: { id: true },
    }));
  }
  await writeChainAndEvidence(tx, claimId, checked);
  const after = await loadClaimRecord(tx, claimId);
  await updateClaimSearch(tx, after);

  const groups = options.conflictGroups ?? new ConflictGroups();
  if (existing) groups.add({ projectId, subjectId: existing.subjectId, propertyId: existing.propertyId });
  groups.add({ projectId, subjectId: after.subjectId, propertyId: after.propertyId });
  if (!options.conflictGroups) await groups.reevaluate(tx, actor);

  await writeAudit(tx, { projectId, actor, objectId: claimId, ...contentEvent(options.action, existing && claimSnapshot(existing), claimSnapshot(after)) });
  // Re-evaluation may have changed the claim's conflicts; deferred, it has not run yet.
  return options.conflictGroups ? after : loadClaimRecord(tx, claimId);
}

function contentEvent(action: ClaimContentAction, before: ClaimSnapshot | undefined, after: ClaimSnapshot): ClaimAuditEvent {
  if (action === "claim.create" || action === "claim.import") return { action, objectType: "Claim", after };
  if (!before) throw new Error(`${action} needs the claim's earlier state`);
  return { action, objectType: "Claim", before, after };
}
