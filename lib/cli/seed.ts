import { migrate, printDemoCredentials, seed } from "./bootstrap";
import { exitWithReason, resolveDatabase } from "./database";

async function main() {
  const database = await resolveDatabase();
  try {
    await migrate(database.url);
    await seed(database.url);
    printDemoCredentials();
  } finally {
    await database.stop();
  }
}

main().catch(exitWithReason);
