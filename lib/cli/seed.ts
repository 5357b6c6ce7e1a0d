import { printDemoCredentials, seed } from "./bootstrap";
import { exitWithReason, migrateDatabase, resolveDatabase } from "./database";

async function main() {
  const database = await resolveDatabase();
  try {
    await migrateDatabase(database);
    await seed(database.appUrl);
    printDemoCredentials();
  } finally {
    await database.stop();
  }
}

main().catch(exitWithReason);
