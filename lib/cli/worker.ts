import { createPrismaClient } from "@/lib/db/client";
import { moveLegacyArchives } from "@/lib/server/export/stored-archives";
import { startJobWorker } from "@/lib/server/jobs/job-worker";
import { archiveStorage } from "@/lib/server/storage/storage-config";
import { exitWithReason, resolveDatabase } from "./database";

/**
 * `npm run worker`: runs background jobs (exports, imports, conflict recomputations) and nothing else, so that
 * workers scale apart from the web instances. It uses DATABASE_URL, or the
 * embedded database of `npm run dev`; migrations are the web server's (or
 * `npm run db:migrate`'s) business. `npm run dev` and `npm start` start one
 * of these by themselves.
 */
async function main() {
  const database = await resolveDatabase();
  // The export code reads DATABASE_URL itself (its pg pool), like the web server's.
  process.env.DATABASE_URL = database.appUrl;
  const db = createPrismaClient(database.appUrl);
  // A bad storage setting stops the worker here, saying which, before it takes any job.
  const storage = archiveStorage();
  const worker = await startJobWorker({ db, databaseUrl: database.appUrl, log: console.log });
  // Archives of versions recorded while they were database bytes go to storage, once; jobs run meanwhile.
  void moveLegacyArchives(db, storage).catch((error: unknown) => console.error("Moving archives from the database to storage failed", error));
  let isStopping = false;
  const stop = async () => {
    if (isStopping) return;
    isStopping = true;
    await worker.stop().catch((error: unknown) => console.error("The job worker did not stop cleanly", error));
    await db.$disconnect();
    await database.stop();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop());
}

main().catch(exitWithReason);
