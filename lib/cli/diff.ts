import { existsSync } from "node:fs";
import { pendingSchemaSql, SCHEMA_SNAPSHOT, schemaSql, writeMigration } from "@/lib/db/migrations";
import { exitWithReason, resolveDatabase } from "./database";

// Usage: npm run db:diff -- <migration name>
async function main() {
  const name = process.argv.slice(2).join(" ") || "change";
  const database = await resolveDatabase();
  try {
    const sql = existsSync(SCHEMA_SNAPSHOT) ? await pendingSchemaSql(database.ownerUrl) : await schemaSql(database.ownerUrl);
    if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
      console.log("schema.prisma and the migrations agree: nothing to write.");
      return;
    }
    const folder = await writeMigration(name, sql);
    console.log(`Wrote ${folder}/migration.sql — review it, add CHECK constraints by hand if needed, then run npm run db:migrate.`);
  } finally {
    await database.stop();
  }
}

main().catch(exitWithReason);
