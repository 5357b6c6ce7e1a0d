import { createPrismaClient, type Db } from "@/lib/db/client";
import { setUserAdmin, setUserDisabled } from "@/lib/server/auth/disable-user";
import { exitWithReason, migrateDatabase, resolveDatabase } from "./database";

const commands = {
  disable: { run: (db: Db, email: string) => setUserDisabled(db, email, true), done: (email: string) => `${email} is disabled; their sessions and API tokens have ended.` },
  enable: { run: (db: Db, email: string) => setUserDisabled(db, email, false), done: (email: string) => `${email} may sign in again.` },
  "make-admin": { run: (db: Db, email: string) => setUserAdmin(db, email, true), done: (email: string) => `${email} is an instance administrator.` },
  "revoke-admin": { run: (db: Db, email: string) => setUserAdmin(db, email, false), done: (email: string) => `${email} is no longer an instance administrator.` },
};
const USAGE = `Usage: npm run users -- ${Object.keys(commands).join(" | ")} <email>`;

async function main() {
  const [command, email] = process.argv.slice(2);
  if (!command || !(command in commands) || !email) {
    console.error(USAGE);
    process.exit(2);
  }
  const { run, done } = commands[command as keyof typeof commands];
  const database = await resolveDatabase();
  await migrateDatabase(database);
  const prisma = createPrismaClient(database.appUrl);
  try {
    await run(prisma, email);
    console.log(done(email));
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().catch(exitWithReason);
