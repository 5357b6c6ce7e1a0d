import pg from "pg";
import { embeddedUrl } from "@/lib/db/embedded";

/**
 * An empty database `name` on the bench's scratch server at `port`, dropped
 * first if a run that crashed left it behind; gives its URL.
 */
export async function freshDatabase(port: number, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: embeddedUrl(port, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return embeddedUrl(port, name);
}
