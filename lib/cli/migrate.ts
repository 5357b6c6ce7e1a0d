import { exitWithReason, migrateDatabase, resolveDatabase } from "./database";

async function main() {
  const database = await resolveDatabase();
  try {
    let applied = false;
    await migrateDatabase(database, (line) => {
      applied = true;
      console.log(line);
    });
    if (!applied) console.log("The database is up to date.");
  } finally {
    await database.stop();
  }
}

main().catch(exitWithReason);
