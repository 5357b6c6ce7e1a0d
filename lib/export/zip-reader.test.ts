import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { openZipEntry, readZipDirectory, ZipFormatError, type ZipSource } from "./zip-reader";
import { ZipWriter } from "./zip-writer";

const encoder = new TextEncoder();

/** A zip written by ZipWriter, each entry in chunks of `chunk` bytes. */
async function zipOf(files: Record<string, Uint8Array>, chunk = 1000): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const zip = new ZipWriter({ write: async (bytes) => void parts.push(Uint8Array.from(bytes)) });
  for (const [name, bytes] of Object.entries(files)) {
    await zip.startEntry(name);
    for (let at = 0; at < bytes.byteLength; at += chunk) await zip.write(bytes.subarray(at, at + chunk));
    await zip.endEntry();
  }
  await zip.finish();
  return Buffer.concat(parts);
}

/** Random access to bytes in memory, counting what is read. */
function sourceOf(bytes: Buffer) {
  const reads: { start: number; end: number }[] = [];
  const source: ZipSource = {
    size: bytes.byteLength,
    read: async (range) => {
      reads.push(range);
      // Small chunks, as a socket or a file stream would hand them over.
      const slice = bytes.subarray(range.start, range.end);
      return Readable.from(Array.from({ length: Math.ceil(slice.byteLength / 777) }, (_, i) => slice.subarray(i * 777, (i + 1) * 777)));
    },
  };
  return { source, reads };
}

async function text(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const folder = mkdtempSync(path.join(os.tmpdir(), "zip-reader-test-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("zip writer and streaming reader", () => {
  const files = {
    "claims.jsonl": encoder.encode('{"kind":"claim","id":"c1"}\n'.repeat(5000)),
    "noise.bin": new Uint8Array(randomBytes(70_000)),
    "empty.txt": new Uint8Array(0),
    "manifest.json": encoder.encode('{"files":[]}'),
  };

  it("writes a zip that unzip and fflate accept, with every file byte for byte", async () => {
    const zip = await zipOf(files);
    const file = path.join(folder, "written.zip");
    writeFileSync(file, zip);
    expect(execFileSync("unzip", ["-t", file], { encoding: "utf8" })).toMatch(/No errors detected/);
    const unzipped = unzipSync(zip);
    for (const [name, bytes] of Object.entries(files)) expect(Buffer.compare(Buffer.from(unzipped[name]!), Buffer.from(bytes)), name).toBe(0);
  });

  it("gives the same bytes for the same files, however the input is chunked", async () => {
    expect(Buffer.compare(await zipOf(files, 1000), await zipOf(files, 65_536))).toBe(0);
  });

  it("lists the entries from the central directory and inflates one of them, reading only its own range and the directory", async () => {
    const zip = await zipOf(files);
    const { source, reads } = sourceOf(zip);
    const entries = await readZipDirectory(source);
    expect(entries.map((entry) => [entry.name, entry.size])).toEqual(Object.entries(files).map(([name, bytes]) => [name, bytes.byteLength]));
    const noise = entries.find((entry) => entry.name === "noise.bin")!;
    reads.length = 0;
    expect(Buffer.compare(await text(await openZipEntry(source, noise)), Buffer.from(files["noise.bin"]))).toBe(0);
    // The local header, then exactly the entry's compressed bytes.
    expect(reads).toHaveLength(2);
    expect(reads[1]!.end - reads[1]!.start).toBe(noise.compressedSize);
    expect((await text(await openZipEntry(source, entries.find((entry) => entry.name === "empty.txt")!))).byteLength).toBe(0);
  });

  it("fails the stream, instead of ending it, when the stored bytes do not match the entry's CRC-32", async () => {
    const stored = { "a.txt": encoder.encode("x".repeat(10_000)), "b.txt": new Uint8Array(randomBytes(5_000)) };
    const zip = await zipOf(stored);
    const { source } = sourceOf(zip);
    const b = (await readZipDirectory(source)).find((entry) => entry.name === "b.txt")!;
    // Random bytes barely compress: a flipped byte in the middle still inflates, to different bytes.
    const header = 30 + "b.txt".length;
    const at = b.localHeaderOffset + header + Math.floor(b.compressedSize / 2);
    zip[at] = zip[at]! ^ 0xff;
    await expect(text(await openZipEntry(source, b))).rejects.toThrow(ZipFormatError);
  });

  it("refuses what is not a zip", async () => {
    await expect(readZipDirectory(sourceOf(Buffer.from("not a zip at all, just text")).source)).rejects.toBeInstanceOf(ZipFormatError);
  });
});
