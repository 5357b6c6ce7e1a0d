import PgBoss from "pg-boss";
import { APP_ROLE } from "./app-role";

/** The PostgreSQL schema pg-boss keeps its queue tables in, apart from ours. */
export const JOB_QUEUE_SCHEMA = "pgboss";

/** The queues workers serve: one per kind of job that has a handler (lib/server/jobs/job-kinds.ts). */
export const JOB_QUEUE_NAMES = ["export", "import", "recompute"] as const;
export type JobQueueName = (typeof JOB_QUEUE_NAMES)[number];

/**
 * Installs or upgrades pg-boss's own schema and creates our queues, as the
 * schema's owner, next to Prisma's migrations. pg-boss migrates its schema
 * itself and makes each queue a table partition (DDL), which the application
 * role may not do: so it is done here, and the role gets only what a sender
 * and a worker need (its rows, never its tables).
 */
export async function installJobQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_QUEUE_SCHEMA, max: 1, migrate: true, supervise: false, schedule: false });
  const errors: Error[] = [];
  boss.on("error", (error) => errors.push(error));
  await boss.start();
  try {
    for (const name of JOB_QUEUE_NAMES) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: "standard" });
    }
    const sql = boss.getDb();
    for (const statement of [
      `GRANT USAGE ON SCHEMA ${JOB_QUEUE_SCHEMA} TO ${APP_ROLE}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_QUEUE_SCHEMA} TO ${APP_ROLE}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${JOB_QUEUE_SCHEMA} TO ${APP_ROLE}`,
    ]) {
      await sql.executeSql(statement, []);
    }
  } finally {
    await boss.stop({ graceful: false });
  }
  if (errors.length) throw errors[0];
}
