import pg from "pg";
import { readerDatabaseUrl } from "@/lib/env";

// No "server-only" marker: the export bench and CLI run this module outside Next.js.

/**
 * Exports read through plain `pg` connections (Prisma has no cursor API).
 * A small pool of its own, one per server process, kept on globalThis like
 * the Prisma client so that dev reloads do not open new pools.
 */
const globalForExport = globalThis as unknown as { exportPool?: pg.Pool };

export function exportPool(): pg.Pool {
  if (!globalForExport.exportPool) {
    // The replica when there is one: an export reads one consistent snapshot and writes nothing there.
    const pool = new pg.Pool({ connectionString: readerDatabaseUrl(), max: 4 });
    // An idle connection dropped by the server must not crash the process: the pool replaces it.
    pool.on("error", (error) => console.error("An export database connection failed", error));
    globalForExport.exportPool = pool;
  }
  return globalForExport.exportPool;
}

/** Closes the pool, if one was opened (a test's database is about to be dropped). */
export async function closeExportPool(): Promise<void> {
  const pool = globalForExport.exportPool;
  globalForExport.exportPool = undefined;
  await pool?.end();
}

export interface Snapshot {
  client: pg.PoolClient;
  /** Ends the read-only transaction and returns the connection; safe to call twice. */
  close(): Promise<void>;
}

/** A connection inside a read-only REPEATABLE READ transaction: every read sees the same data. */
export async function openSnapshot(pool: pg.Pool): Promise<Snapshot> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  } catch (error) {
    client.release(error as Error);
    throw error;
  }
  let isClosed = false;
  return {
    client,
    async close() {
      if (isClosed) return;
      isClosed = true;
      try {
        await client.query("ROLLBACK");
        client.release();
      } catch (error) {
        // A connection that cannot end its transaction is not given back to the pool.
        client.release(error as Error);
      }
    },
  };
}
