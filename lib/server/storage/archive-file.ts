import { createHash, randomUUID } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import type { ByteSink } from "@/lib/export/zip-writer";
import { archiveKey, type ArchiveStorage } from "./archive-storage";

/** An archive being written to a temporary file, hashed as it goes. */
export interface ArchiveFile extends ByteSink {
  /** Closes the file and moves it into storage under its sha256 (a no-op when those bytes are stored already). */
  store(): Promise<StoredArchive>;
  /** Removes the file unless it was stored; safe to call in any state, and twice. */
  discard(): Promise<void>;
}

export interface StoredArchive {
  key: string;
  sha256: string;
  size: number;
}

export async function createArchiveFile(storage: ArchiveStorage): Promise<ArchiveFile> {
  await mkdir(storage.workDirectory, { recursive: true });
  const file = path.join(storage.workDirectory, `${randomUUID()}.zip`);
  const out = createWriteStream(file, { flags: "wx" });
  await once(out, "open");
  const hash = createHash("sha256");
  let size = 0;
  let failure: Error | null = null;
  out.on("error", (error) => (failure ??= error));
  let isClosed = false;
  const close = async () => {
    if (isClosed) return;
    isClosed = true;
    const closed = out.closed ? Promise.resolve() : once(out, "close").then(() => undefined);
    out.end();
    await closed;
    if (failure) throw failure;
  };
  return {
    async write(chunk) {
      if (failure) throw failure;
      hash.update(chunk);
      size += chunk.byteLength;
      if (!out.write(chunk)) await once(out, "drain");
    },
    async store() {
      await close();
      const sha256 = hash.digest("hex");
      const key = archiveKey(sha256);
      await storage.putFile(key, file);
      return { key, sha256, size };
    },
    async discard() {
      if (!isClosed) {
        isClosed = true;
        out.destroy();
      }
      await rm(file, { force: true });
    },
  };
}
