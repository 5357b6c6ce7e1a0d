import "server-only";
import PgBoss from "pg-boss";
import type { Prisma } from "@/lib/db/generated/client";
import { JOB_QUEUE_SCHEMA } from "@/lib/db/job-queue-schema";
import { requireDatabaseUrl } from "@/lib/env";

/** pg-boss's options for every instance of this app: its schema is installed by the migrations, never at run time. */
export function jobQueueOptions(databaseUrl: string, options: { isWorker: boolean }): PgBoss.ConstructorOptions {
  return {
    connectionString: databaseUrl,
    schema: JOB_QUEUE_SCHEMA,
    migrate: false,
    // Maintenance (expiring stuck jobs, archiving finished ones) is the workers' business; web instances only send.
    supervise: options.isWorker,
    schedule: false,
    max: options.isWorker ? 4 : 2,
  };
}

/**
 * The process's pg-boss client for sending and cancelling, started once and
 * kept on globalThis like the Prisma client, so that dev reloads do not open
 * new pools.
 */
const globalForJobs = globalThis as unknown as { jobQueue?: Promise<PgBoss> };

export function jobQueue(): Promise<PgBoss> {
  globalForJobs.jobQueue ??= startSender().catch((error: unknown) => {
    // A failed start (database down) is retried by the next request instead of being remembered.
    globalForJobs.jobQueue = undefined;
    throw error;
  });
  return globalForJobs.jobQueue;
}

async function startSender(): Promise<PgBoss> {
  const boss = new PgBoss(jobQueueOptions(requireDatabaseUrl(), { isWorker: false }));
  boss.on("error", (error) => console.error("The job queue failed", error));
  return boss.start();
}

/** Stops the sender, if one was started (a test's database is about to be dropped). */
export async function closeJobQueue(): Promise<void> {
  const started = globalForJobs.jobQueue;
  globalForJobs.jobQueue = undefined;
  await (await started?.catch(() => undefined))?.stop({ graceful: false });
}

/**
 * pg-boss's statements run on a Prisma transaction, so that a job is queued
 * exactly when the transaction that asked for it commits. pg-boss passes
 * plain values and objects (a job's data); objects go as JSON text, which its
 * SQL casts to jsonb, and arrays (of ids) stay arrays. `$queryRawUnsafe` is
 * safe here: the text is pg-boss's own parameterised SQL, never built from
 * input, and every value travels as a bound parameter.
 */
export function inTransaction(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const args = values.map((value: unknown) =>
        value === undefined ? null : typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date) ? JSON.stringify(value) : value,
      );
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...args) };
    },
  };
}
