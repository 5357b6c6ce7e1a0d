import { readEnv } from "@/lib/env";
import { AppError } from "@/lib/server/errors";
import { DatabaseStartError, startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under .data/. */
export async function resolveDatabase(log: (line: string) => void = console.log): Promise<EmbeddedDatabase> {
  const env = readEnv();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => {} };
  return startEmbeddedPostgres({ dataDir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT, log });
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
