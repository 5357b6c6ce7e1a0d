import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createArchiveFile } from "./archive-file";
import { archiveKey, StoredObjectMissingError, type ArchiveStorage } from "./archive-storage";
import { createLocalStorage } from "./local-storage";

let root: string;
let storage: ArchiveStorage;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "local-storage-test-"));
  storage = createLocalStorage(root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function stored(bytes: Uint8Array) {
  const file = await createArchiveFile(storage);
  for (let at = 0; at < bytes.byteLength; at += 4096) await file.write(bytes.subarray(at, at + 4096));
  return file.store();
}

describe("archives in a local folder", () => {
  const bytes = new Uint8Array(Buffer.from("PK… an archive's bytes ".repeat(2000)));

  it("writes an archive through a temporary file into archives/<sha256>.zip, with its sha256 and size", async () => {
    const archive = await stored(bytes);
    expect(archive).toEqual({ key: `archives/${sha256(bytes)}.zip`, sha256: sha256(bytes), size: bytes.byteLength });
    expect(readFileSync(path.join(root, archive.key))).toEqual(Buffer.from(bytes));
    expect(await storage.size(archive.key)).toBe(bytes.byteLength);
    expect(readdirSync(storage.workDirectory)).toEqual([]);
  });

  it("stores the same bytes twice as a no-op: the stored file is left as it was and the second temporary file is gone", async () => {
    const first = await stored(bytes);
    const before = statSync(path.join(root, first.key));
    const second = await stored(bytes);
    expect(second).toEqual(first);
    const after = statSync(path.join(root, first.key));
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(readdirSync(storage.workDirectory)).toEqual([]);
    expect(readdirSync(path.join(root, "archives"))).toHaveLength(1);
  });

  it("reads an archive whole or a byte range of it, as a stream", async () => {
    const { key } = await stored(bytes);
    expect(await bytesOf(await storage.read(key))).toEqual(Buffer.from(bytes));
    expect(await bytesOf(await storage.read(key, { start: 10, end: 30 }))).toEqual(Buffer.from(bytes.subarray(10, 30)));
  });

  it("says which key is missing, and refuses keys that are not archive keys before touching the disk", async () => {
    const missing = archiveKey("0".repeat(64));
    expect(await storage.size(missing)).toBeNull();
    await expect(storage.read(missing)).rejects.toBeInstanceOf(StoredObjectMissingError);
    await expect(storage.read("../../etc/passwd")).rejects.toThrow(/Not an archive key/);
    expect(() => archiveKey("../x")).toThrow(/Not a sha256/);
    const { key } = await stored(bytes);
    await expect(storage.read(key, { start: 5, end: 5 })).rejects.toThrow(/Not a byte range/);
  });

  it("throws away a temporary file that is discarded instead of stored", async () => {
    const file = await createArchiveFile(storage);
    await file.write(bytes);
    expect(readdirSync(storage.workDirectory)).toHaveLength(1);
    await file.discard();
    await file.discard();
    expect(readdirSync(storage.workDirectory)).toEqual([]);
    expect(existsSync(path.join(root, "archives"))).toBe(false);
  });

  it("stores a file handed to putFile under its key and removes the file", async () => {
    const key = archiveKey(sha256(bytes));
    const file = path.join(storage.workDirectory, "other.zip");
    await createArchiveFile(storage).then((f) => f.discard());
    writeFileSync(file, bytes);
    await storage.putFile(key, file);
    expect(existsSync(file)).toBe(false);
    expect(await storage.size(key)).toBe(bytes.byteLength);
  });
});
