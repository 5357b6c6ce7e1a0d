import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ArchiveStorage } from "../storage/archive-storage";
import { createArchiveFile } from "../storage/archive-file";

// No "server-only" marker: the worker runs this at start, outside Next.js.

/**
 * Versions recorded before archives went to storage kept their zip in the
 * database (`ExportRun.archive`, `legacyArchive` in the schema). This moves
 * one such archive into storage under its sha256 and, in one statement,
 * points the row at it and empties the column. Idempotent: a row already
 * moved (by a parallel call) is left alone, and storing the same bytes twice
 * is a no-op. Returns the row's archive key, or null when it has no archive.
 */
export async function moveLegacyArchive(db: Db | Prisma.TransactionClient, storage: ArchiveStorage, exportId: string): Promise<string | null> {
  const row = await db.exportRun.findUnique({ where: { id: exportId }, select: { archiveKey: true, legacyArchive: true } });
  if (!row) return null;
  if (row.archiveKey || !row.legacyArchive) return row.archiveKey;
  const file = await createArchiveFile(storage);
  try {
    await file.write(row.legacyArchive);
    const stored = await file.store();
    const moved = await db.exportRun.updateMany({ where: { id: exportId, archiveKey: null }, data: { archiveKey: stored.key, legacyArchive: null } });
    if (moved.count === 0) return (await db.exportRun.findUniqueOrThrow({ where: { id: exportId }, select: { archiveKey: true } })).archiveKey;
    return stored.key;
  } finally {
    await file.discard();
  }
}

/**
 * The one-time step the worker runs at start: every archive still in the
 * database goes to storage, one row at a time (only one archive in memory),
 * until none is left. Rows it cannot move keep their bytes and are tried
 * again at the next start, or when the version is downloaded.
 */
export async function moveLegacyArchives(db: Db, storage: ArchiveStorage, log: (line: string) => void = console.log): Promise<number> {
  let moved = 0;
  const failed = new Set<string>();
  for (;;) {
    const next = await db.exportRun.findFirst({
      where: { archiveKey: null, legacyArchive: { not: null }, id: { notIn: [...failed] } },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    if (!next) break;
    try {
      await moveLegacyArchive(db, storage, next.id);
      moved++;
    } catch (error) {
      failed.add(next.id);
      console.error(`The archive of export ${next.id} could not be moved to ${storage.description}; it stays in the database for now`, error);
    }
  }
  if (moved > 0) log(`Moved ${moved} dataset archive${moved === 1 ? "" : "s"} from the database to ${storage.description}.`);
  return moved;
}
