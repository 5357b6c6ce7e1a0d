import "server-only";
import { randomUUID } from "node:crypto";
import type { ReconcilePlan } from "@/lib/conflicts/reconcile";
import type { Prisma } from "@/lib/db/generated/client";
import type { ConflictAuditEvent } from "@/lib/audit/audit-events";
import type { Actor } from "../actor";
import type { StoredConflict } from "./detection-state";

type Tx = Prisma.TransactionClient;

/** Rows per statement: a full recomputation may write tens of thousands of conflicts. */
const BATCH = 10_000;

export interface PlanCounts {
  created: number;
  closed: number;
  reopened: number;
  explanationsUpdated: number;
}

/** The typed events detection writes, with the conflict each is about; inserted in batches by one statement. */
type ConflictAudit = Extract<ConflictAuditEvent, { action: "conflict.detect" | "conflict.auto_close" | "conflict.auto_reopen" }> & { conflictId: string };

/**
 * Writes a reconcile plan with set-based statements, a handful per batch
 * whether the plan touches one conflict or fifty thousand, with one audit
 * event per conflict created, closed or reopened. Each statement takes its
 * rows as arrays (unnest), which is what makes a full recomputation fast:
 * row-by-row or Prisma's createMany spend seconds per 10,000 rows here.
 * Explanations that did not change are not rewritten, so re-running
 * detection on unchanged claims writes nothing at all.
 */
export async function applyReconcilePlan(
  tx: Tx,
  { projectId, plan, stored, actor }: { projectId: string; plan: ReconcilePlan; stored: readonly StoredConflict[]; actor: Actor | null },
): Promise<PlanCounts> {
  const now = new Date();
  const audits: ConflictAudit[] = [];

  for (const batch of chunks(plan.create)) {
    // Ids are made here so members and audit events can be written without reading the conflicts back.
    const ids = batch.map(() => randomUUID());
    await tx.$executeRaw`
      INSERT INTO "Conflict" (id, "projectId", kind, fingerprint, explanation, "updatedAt")
      SELECT v.id, ${projectId}, v.kind::"ConflictKind", v.fingerprint, v.explanation, ${now}
      FROM unnest(${ids}::text[], ${batch.map((c) => c.kind)}::text[], ${batch.map((c) => c.fingerprint)}::text[], ${batch.map((c) => c.explanation)}::text[])
        AS v(id, kind, fingerprint, explanation)`;
    const members = batch.flatMap((conflict, i) => conflict.claimIds.map((claimId) => [ids[i]!, claimId] as const));
    await tx.$executeRaw`
      INSERT INTO "ConflictMember" ("conflictId", "claimId")
      SELECT * FROM unnest(${members.map(([conflictId]) => conflictId)}::text[], ${members.map(([, claimId]) => claimId)}::text[])`;
    batch.forEach(({ kind, claimIds, explanation }, i) =>
      audits.push({ action: "conflict.detect", objectType: "Conflict", conflictId: ids[i]!, after: { kind, claimIds, explanation } }),
    );
  }

  const explanations = new Map(stored.map((conflict) => [conflict.id, conflict.explanation]));
  const changed = plan.keep.filter((kept) => explanations.get(kept.id) !== kept.explanation);
  for (const batch of chunks(changed)) {
    await tx.$executeRaw`
      UPDATE "Conflict" AS k SET explanation = v.explanation, "updatedAt" = ${now}
      FROM unnest(${batch.map((c) => c.id)}::text[], ${batch.map((c) => c.explanation)}::text[]) AS v(id, explanation)
      WHERE k.id = v.id`;
  }

  // Closing and reopening re-check the status they were planned from: a person's decision committed
  // in the meantime wins, and only the rows actually changed are audited and counted.
  // The resolution CHECK wants a reason and a date on every resolved conflict: the note is the reason.
  let closed = 0;
  for (const batch of chunks(plan.close)) {
    const rows = await tx.$queryRaw<{ id: string; note: string }[]>`
      UPDATE "Conflict" AS k
      SET status = 'resolved', "statusNote" = v.note, "resolutionReason" = v.note, "isClosedAutomatically" = true,
          "resolvedAt" = ${now}, "resolvedById" = NULL, "updatedAt" = ${now}
      FROM unnest(${batch.map((c) => c.id)}::text[], ${batch.map((c) => c.statusNote)}::text[]) AS v(id, note)
      WHERE k.id = v.id AND k.status = 'open' AND NOT k."isManual"
      RETURNING k.id, v.note`;
    closed += rows.length;
    for (const { id, note } of rows) {
      audits.push({ action: "conflict.auto_close", objectType: "Conflict", conflictId: id, before: { status: "open" }, after: { status: "resolved", note } });
    }
  }

  let reopened = 0;
  for (const batch of chunks(plan.reopen)) {
    const rows = await tx.$queryRaw<{ id: string; note: string }[]>`
      UPDATE "Conflict" AS k
      SET status = 'open', "statusNote" = v.note, explanation = v.explanation, "isClosedAutomatically" = false,
          "resolutionReason" = NULL, "resolvedAt" = NULL, "resolvedById" = NULL, "updatedAt" = ${now}
      FROM unnest(${batch.map((c) => c.id)}::text[], ${batch.map((c) => c.statusNote)}::text[], ${batch.map((c) => c.explanation)}::text[])
        AS v(id, note, explanation)
      WHERE k.id = v.id AND k.status <> 'open' AND k."isClosedAutomatically"
      RETURNING k.id, v.note`;
    reopened += rows.length;
    for (const { id, note } of rows) {
      audits.push({ action: "conflict.auto_reopen", objectType: "Conflict", conflictId: id, before: { status: "resolved" }, after: { status: "open", note } });
    }
  }

  for (const batch of chunks(audits)) {
    await tx.$executeRaw`
      INSERT INTO "AuditEvent" ("projectId", "actorId", action, "objectType", "objectId", before, after)
      SELECT ${projectId}, ${actor?.userId ?? null}::text, v.action, v."objectType", v.id, v.before::jsonb, v.after::jsonb
      FROM unnest(
        ${batch.map((a) => a.action)}::text[],
        ${batch.map((a) => a.objectType)}::text[],
        ${batch.map((a) => a.conflictId)}::text[],
        ${batch.map((a) => (a.before ? JSON.stringify(a.before) : null))}::text[],
        ${batch.map((a) => JSON.stringify(a.after))}::text[]
      ) AS v(action, "objectType", id, before, after)`;
  }

  return { created: plan.create.length, closed, reopened, explanationsUpdated: changed.length };
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) result.push(items.slice(i, i + BATCH));
  return result;
}
