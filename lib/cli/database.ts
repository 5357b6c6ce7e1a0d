import { readEnv } from "@/lib/env";
import { AppError } from "@/lib/server/errors";
import { allowAppRoleLogin, APP_ROLE, EMBEDDED_APP_PASSWORD, urlAs } from "@/lib/db/app-role";
import { DatabaseStartError, startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";

export interface ResolvedDatabase {
  /** Owns the schema: migrations run with it. */
  ownerUrl: string;
  /** What the application itself connects with. */
  appUrl: string;
  /** Stops the server if this process started it. */
  stop(): Promise<void>;
}

/**
 * DATABASE_URL (the application's connection) and MIGRATION_DATABASE_URL
 * (the schema owner's, DATABASE_URL when unset) when set; otherwise the
 * embedded PostgreSQL under .data/, where migrations run as its superuser and
 * the application connects as the role they create.
 */
export async function resolveDatabase(log: (line: string) => void = console.log): Promise<ResolvedDatabase> {
  const env = readEnv();
  if (env.DATABASE_URL) {
    return { ownerUrl: env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL, appUrl: env.DATABASE_URL, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT, log });
  return { ownerUrl: embedded.url, appUrl: urlAs(embedded.url, APP_ROLE, EMBEDDED_APP_PASSWORD), stop: embedded.stop };
}

/** Applies pending migrations as the owner; on the embedded cluster, also lets the application role sign in. */
export async function migrateDatabase(database: ResolvedDatabase, log: (line: string) => void = console.log): Promise<void> {
  const applied = await applyMigrations(database.ownerUrl);
  if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
  if (database.appUrl !== database.ownerUrl && !readEnv().DATABASE_URL) await allowAppRoleLogin(database.ownerUrl, EMBEDDED_APP_PASSWORD);
}

/** Prints a one-line reason instead of a stack trace for failures the user can fix. */
export function exitWithReason(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof DatabaseStartError || /ECONNREFUSED|ENOTFOUND|Can't reach database server|password authentication|does not exist|P1001|P1000/.test(message)) {
    // The engine's messages run on into a WebAssembly stack; the first paragraph says it all.
    console.error(`\n✖ Database problem: ${message.split("\n\n")[0]}\n`);
  } else if (error instanceof AppError || /NEXTAUTH_SECRET/.test(message)) {
    console.error(`\n✖ ${message}\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
