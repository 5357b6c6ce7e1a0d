import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { checkedKey, checkedRange, StoredObjectMissingError, type ArchiveStorage, type ByteRange } from "./archive-storage";

/**
 * Archives as files under one folder (`archives/<sha256>.zip` below it).
 * Files being written wait in `.partial/` in the same folder, so storing one
 * is an atomic rename: a reader sees a whole archive or none.
 */
export function createLocalStorage(root: string): ArchiveStorage {
  const folder = path.resolve(root);
  const workDirectory = path.join(folder, ".partial");
  const pathOf = (key: string) => path.join(folder, checkedKey(key));
  return {
    description: `the folder ${folder}`,
    workDirectory,
    async putFile(key, file) {
      const target = pathOf(key);
      if ((await sizeOf(target)) !== null) {
        await rm(file, { force: true });
        return;
      }
      await mkdir(path.dirname(target), { recursive: true });
      // Two writers of the same key write the same bytes, so whichever rename lands last changes nothing.
      await rename(file, target);
    },
    size: (key) => sizeOf(pathOf(key)),
    async read(key, range?: ByteRange): Promise<Readable> {
      const file = pathOf(key);
      // Opened here, so a missing file is an error now and not a failed stream once the response has started.
      const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
        throw error.code === "ENOENT" ? new StoredObjectMissingError(key, `the folder ${folder}`) : error;
      });
      const bounds = range ? checkedRange(range) : undefined;
      // The stream closes the handle when it ends or is destroyed.
      return handle.createReadStream(bounds ? { start: bounds.start, end: bounds.end - 1 } : {});
    },
  };
}

async function sizeOf(file: string): Promise<number | null> {
  try {
    return (await stat(file)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
