import { applyMigrations } from "@/lib/db/migrations";
import { exitWithReason, resolveDatabase } from "./database";

async function main() {
  const database = await resolveDatabase();
  try {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied ${applied.join(", ")}` : "The database is up to date.");
  } finally {
    await database.stop();
  }
}

main().catch(exitWithReason);
