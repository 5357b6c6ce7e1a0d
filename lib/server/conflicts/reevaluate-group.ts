import "server-only";
import { claimValueSchema, qualifiersSchema } from "@/lib/claims/value";
import { detectConflicts } from "@/lib/conflicts/detect";
import type { DetectableClaim } from "@/lib/conflicts/detectable-claim";
import { reconcile, type ExistingConflict } from "@/lib/conflicts/reconcile";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";

type Tx = Prisma.TransactionClient;

export interface ClaimGroup {
  projectId: string;
  subjectId: string;
  propertyId: string;
}

/**
 * Re-runs detection for one subject + property group inside the caller's
 * transaction and applies the plan: new conflicts, updated explanations,
 * automatic closing and reopening. Only this group's rows are read.
 */
export async function reevaluateGroup(tx: Tx, group: ClaimGroup, actor: Actor | null): Promise<void> {
  const project = await tx.project.findUniqueOrThrow({ where: { id: group.projectId }, select: { divergenceThreshold: true } });
  const rows = await tx.claim.findMany({
    where: { projectId: group.projectId, subjectId: group.subjectId, propertyId: group.propertyId },
    include: {
      property: { select: { key: true, isSingleValued: true } },
      attributions: { orderBy: { position: "asc" }, take: 1, include: { entity: { select: { name: true } } } },
    },
  });
  const claims: DetectableClaim[] = rows.map((row) => ({
    id: row.id,
    subjectId: row.subjectId,
    propertyKey: row.property.key,
    isSingleValued: row.property.isSingleValued,
    value: claimValueSchema.parse(row.value),
    qualifiers: qualifiersSchema.parse(row.qualifiers ?? {}),
    attributedTo: row.attributions[0]?.entity?.name ?? row.attributions[0]?.partyName ?? "an unattributed source",
    isDeleted: row.isDeleted,
  }));
  const claimIds = rows.map((r) => r.id);
  const stored = await tx.conflict.findMany({
    where: { projectId: group.projectId, members: { some: { claimId: { in: claimIds } } } },
    include: { members: { select: { claimId: true } } },
  });
  const existing: ExistingConflict[] = stored.map((c) => ({
    id: c.id,
    fingerprint: c.fingerprint,
    kind: c.kind,
    status: c.status,
    isManual: c.isManual,
    isClosedAutomatically: c.isClosedAutomatically,
    claimIds: c.members.map((m) => m.claimId),
  }));
  const options = { divergenceThreshold: project.divergenceThreshold };
  const detected = detectConflicts(
    claims.filter((c) => !c.isDeleted),
    options,
  );
  const plan = reconcile(existing, detected, { ...options, claims });

  for (const conflict of plan.create) {
    const created = await tx.conflict.create({
      data: {
        projectId: group.projectId,
        kind: conflict.kind,
        fingerprint: conflict.fingerprint,
        explanation: conflict.explanation,
        members: { create: conflict.claimIds.map((claimId) => ({ claimId })) },
      },
    });
    await writeAudit(tx, {
      projectId: group.projectId,
      actor,
      action: "conflict.detect",
      objectType: "Conflict",
      objectId: created.id,
      after: { kind: conflict.kind, claimIds: conflict.claimIds, explanation: conflict.explanation },
    });
  }
  for (const kept of plan.keep) {
    await tx.conflict.update({ where: { id: kept.id }, data: { explanation: kept.explanation } });
  }
  for (const change of [...plan.close, ...plan.reopen]) {
    await tx.conflict.update({
      where: { id: change.id },
      data: {
        status: change.status,
        statusNote: change.statusNote,
        isClosedAutomatically: change.status !== "open",
        ...("explanation" in change ? { explanation: change.explanation } : {}),
        ...(change.status === "resolved" ? { resolutionReason: change.statusNote, resolvedAt: new Date() } : {}),
      },
    });
    await writeAudit(tx, {
      projectId: group.projectId,
      actor,
      action: change.status === "open" ? "conflict.reopen" : "conflict.auto_close",
      objectType: "Conflict",
      objectId: change.id,
      after: { status: change.status, note: change.statusNote },
    });
  }
}
