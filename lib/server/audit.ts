import type { AuditEvent } from "@/lib/audit/audit-events";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "./actor";

type Tx = Prisma.TransactionClient;

/** One event of a known kind (see AuditEvent), about one object, by one actor (or the system). */
export type AuditInput = AuditEvent & {
  projectId: string | null;
  actor: Actor | null;
  objectId: string;
};

/** Writes one append-only audit event; always called inside the mutation's transaction. */
export async function writeAudit(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      projectId: event.projectId,
      actorId: event.actor?.userId ?? null,
      action: event.action,
      objectType: event.objectType,
      objectId: event.objectId,
      before: toJson(event.before),
      after: toJson(event.after),
    },
  });
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
