import { createPrismaClient } from "@/lib/db/client";
import { setUserDisabled } from "@/lib/server/auth/disable-user";
import { exitWithReason, migrateDatabase, resolveDatabase } from "./database";

// Usage: npm run users -- disable <email> | enable <email>
async function main() {
  const [command, email] = process.argv.slice(2);
  if ((command !== "disable" && command !== "enable") || !email) {
    console.error("Usage: npm run users -- disable <email> | enable <email>");
    process.exit(2);
  }
  const database = await resolveDatabase();
  await migrateDatabase(database);
  const prisma = createPrismaClient(database.appUrl);
  try {
    await setUserDisabled(prisma, email, command === "disable");
    console.log(command === "disable" ? `${email} is disabled; their sessions and API tokens have ended.` : `${email} may sign in again.`);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().catch(exitWithReason);
