import "server-only";
import type { ReconcilePlan } from "@/lib/conflicts/reconcile";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import type { StoredConflict } from "./detection-state";

type Tx = Prisma.TransactionClient;

/** Rows per statement: a full recomputation may create tens of thousands of conflicts. */
const BATCH = 5_000;

export interface PlanCounts {
  created: number;
  closed: number;
  reopened: number;
  explanationsUpdated: number;
}

/**
 * Writes a reconcile plan in set-based statements (a handful per batch,
 * whether the plan touches one conflict or fifty thousand), with one audit
 * event per conflict created, closed or reopened. Explanations that did not
 * change are not rewritten, so re-running detection on unchanged claims
 * writes nothing at all.
 */
export async function applyReconcilePlan(
  tx: Tx,
  { projectId, plan, stored, actor }: { projectId: string; plan: ReconcilePlan; stored: readonly StoredConflict[]; actor: Actor | null },
): Promise<PlanCounts> {
  const now = new Date();
  const actorId = actor?.userId ?? null;
  const audit = (action: string, objectId: string, before: Prisma.InputJsonObject | undefined, after: Prisma.InputJsonObject) =>
    ({ projectId, actorId, action, objectType: "Conflict", objectId, before, after, createdAt: now }) satisfies Prisma.AuditEventCreateManyInput;

  for (const batch of chunks(plan.create)) {
    const created = await tx.conflict.createManyAndReturn({
      data: batch.map(({ kind, fingerprint, explanation }) => ({ projectId, kind, fingerprint, explanation })),
      select: { id: true, fingerprint: true },
    });
    const detected = new Map(batch.map((conflict) => [conflict.fingerprint, conflict]));
    const rows = created.flatMap(({ id, fingerprint }) => {
      const conflict = detected.get(fingerprint);
      return conflict ? [{ id, conflict }] : [];
    });
    await tx.conflictMember.createMany({ data: rows.flatMap(({ id, conflict }) => conflict.claimIds.map((claimId) => ({ conflictId: id, claimId }))) });
    await tx.auditEvent.createMany({
      data: rows.map(({ id, conflict }) =>
        audit("conflict.detect", id, undefined, { kind: conflict.kind, claimIds: conflict.claimIds, explanation: conflict.explanation }),
      ),
    });
  }

  const explanations = new Map(stored.map((conflict) => [conflict.id, conflict.explanation]));
  const changed = plan.keep.filter((kept) => explanations.get(kept.id) !== kept.explanation);
  for (const batch of chunks(changed)) {
    await tx.$executeRaw`
      UPDATE "Conflict" AS k SET explanation = v.explanation, "updatedAt" = ${now}
      FROM unnest(${batch.map((c) => c.id)}::text[], ${batch.map((c) => c.explanation)}::text[]) AS v(id, explanation)
      WHERE k.id = v.id`;
  }

  // The resolution CHECK wants a reason and a date on every resolved conflict: the note is the reason.
  for (const batch of chunks(plan.close)) {
    await tx.$executeRaw`
      UPDATE "Conflict" AS k
      SET status = 'resolved', "statusNote" = v.note, "resolutionReason" = v.note, "isClosedAutomatically" = true,
          "resolvedAt" = ${now}, "resolvedById" = NULL, "updatedAt" = ${now}
      FROM unnest(${batch.map((c) => c.id)}::text[], ${batch.map((c) => c.statusNote)}::text[]) AS v(id, note)
      WHERE k.id = v.id`;
    await tx.auditEvent.createMany({
      data: batch.map((c) => audit("conflict.auto_close", c.id, { status: "open" }, { status: "resolved", note: c.statusNote })),
    });
  }

  for (const batch of chunks(plan.reopen)) {
    await tx.$executeRaw`
      UPDATE "Conflict" AS k
      SET status = 'open', "statusNote" = v.note, explanation = v.explanation, "isClosedAutomatically" = false,
          "resolutionReason" = NULL, "resolvedAt" = NULL, "resolvedById" = NULL, "updatedAt" = ${now}
      FROM unnest(${batch.map((c) => c.id)}::text[], ${batch.map((c) => c.statusNote)}::text[], ${batch.map((c) => c.explanation)}::text[])
        AS v(id, note, explanation)
      WHERE k.id = v.id`;
    await tx.auditEvent.createMany({
      data: batch.map((c) => audit("conflict.auto_reopen", c.id, { status: "resolved" }, { status: "open", note: c.statusNote })),
    });
  }

  return { created: plan.create.length, closed: plan.close.length, reopened: plan.reopen.length, explanationsUpdated: changed.length };
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) result.push(items.slice(i, i + BATCH));
  return result;
}
