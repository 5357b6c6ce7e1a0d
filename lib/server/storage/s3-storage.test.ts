import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { archiveKey, StoredObjectMissingError, type ArchiveStorage } from "./archive-storage";
import { createArchiveStorage, storageConfig } from "./storage-config";

/**
 * No S3-compatible server can run here (MinIO and the like are binaries from
 * elsewhere), so the adapter is tested against the SDK itself with only its
 * HTTP handler replaced: a bucket in memory answering the requests the SDK
 * builds (HEAD, GET with Range, PUT, and multipart upload). What this proves
 * is our keys, ranges, the no-op on a key that exists, that uploads stream in
 * parts and what a missing object becomes; not a real service's behaviour.
 */

interface SeenRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  bodyBytes: number;
}

interface StubRequest {
  method: string;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: unknown;
}

async function bodyBytes(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === "string") return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body);
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Buffer | string>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function xml(body: string, status = 200) {
  return { response: { statusCode: status, headers: { "content-type": "application/xml" }, body: Readable.from([Buffer.from(body)]) } };
}

/** A bucket in memory behind the SDK's HTTP handler interface. */
function stubBucket(bucket: string) {
  const objects = new Map<string, Buffer>();
  const uploads = new Map<string, Map<number, Buffer>>();
  const seen: SeenRequest[] = [];
  const handler = {
    async handle(request: StubRequest) {
      const body = await bodyBytes(request.body);
      const query = request.query ?? {};
      seen.push({ method: request.method, path: request.path, query, headers: request.headers, bodyBytes: body.byteLength });
      const prefix = `/${bucket}/`;
      if (!request.path.startsWith(prefix)) return xml("<Error><Code>NoSuchBucket</Code></Error>", 404);
      const key = decodeURIComponent(request.path.slice(prefix.length));
      const object = objects.get(key);
      if (request.method === "HEAD") {
        return { response: { statusCode: object ? 200 : 404, headers: object ? { "content-length": String(object.byteLength) } : {}, body: Readable.from([]) } };
      }
      if (request.method === "GET") {
        if (!object) return xml(`<Error><Code>NoSuchKey</Code><Key>${key}</Key></Error>`, 404);
        const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range ?? request.headers.Range ?? "");
        const slice = range ? object.subarray(Number(range[1]), Number(range[2]) + 1) : object;
        return { response: { statusCode: range ? 206 : 200, headers: { "content-length": String(slice.byteLength) }, body: Readable.from([slice]) } };
      }
      if (request.method === "POST" && "uploads" in query) {
        const id = `upload-${uploads.size + 1}`;
        uploads.set(id, new Map());
        return xml(`<InitiateMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`);
      }
      if (request.method === "PUT" && query.uploadId) {
        uploads.get(String(query.uploadId))!.set(Number(query.partNumber), body);
        return { response: { statusCode: 200, headers: { etag: `"part-${String(query.partNumber)}"` }, body: Readable.from([]) } };
      }
      if (request.method === "POST" && query.uploadId) {
        const parts = uploads.get(String(query.uploadId))!;
        objects.set(key, Buffer.concat([...parts.entries()].sort(([a], [b]) => a - b).map(([, part]) => part)));
        return xml(`<CompleteMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><ETag>"whole"</ETag></CompleteMultipartUploadResult>`);
      }
      if (request.method === "PUT") {
        objects.set(key, body);
        return { response: { statusCode: 200, headers: { etag: '"whole"' }, body: Readable.from([]) } };
      }
      return xml("<Error><Code>NotImplemented</Code></Error>", 501);
    },
  };
  return { handler, objects, seen };
}

async function streamBytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const folder = mkdtempSync(path.join(os.tmpdir(), "s3-storage-test-"));
const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
let bucket: ReturnType<typeof stubBucket>;
let storage: ArchiveStorage;

beforeAll(() => {
  // The SDK's own credential chain: these variables, as a deployment would set them.
  process.env.AWS_ACCESS_KEY_ID = "test-key";
  process.env.AWS_SECRET_ACCESS_KEY = "test-secret";
  bucket = stubBucket("exports");
  const config = storageConfig(readEnv({ NODE_ENV: "test", S3_BUCKET: "exports", S3_ENDPOINT: "http://s3.test:9000" }));
  storage = createArchiveStorage(config, bucket.handler as never);
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  for (const [name, value] of [["AWS_ACCESS_KEY_ID", saved.id], ["AWS_SECRET_ACCESS_KEY", saved.secret]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

function fileWith(bytes: Buffer): { file: string; key: string } {
  const file = path.join(folder, `${Math.random().toString(36).slice(2)}.zip`);
  writeFileSync(file, bytes);
  return { file, key: archiveKey(createHash("sha256").update(bytes).digest("hex")) };
}

describe("archives in an S3 bucket (SDK with a stubbed HTTP layer)", () => {
  it("uploads a file under its key with a path-style address, signed, then reads it whole and by range", async () => {
    const bytes = Buffer.from("a small archive ".repeat(100));
    const { file, key } = fileWith(bytes);
    await storage.putFile(key, file);
    expect(existsSync(file)).toBe(false);
    expect(bucket.objects.get(key)).toEqual(bytes);
    const put = bucket.seen.find((request) => request.method === "PUT")!;
    expect(put.path).toBe(`/exports/${key}`);
    expect(put.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=test-key\//);
    expect(await storage.size(key)).toBe(bytes.byteLength);
    expect(await streamBytes(await storage.read(key))).toEqual(bytes);
    expect(await streamBytes(await storage.read(key, { start: 2, end: 7 }))).toEqual(bytes.subarray(2, 7));
    expect(bucket.seen.at(-1)!.headers.range).toBe("bytes=2-6");
  });

  it("writes nothing when the key exists already, and still removes the file", async () => {
    const bytes = Buffer.from("the same bytes again");
    const first = fileWith(bytes);
    await storage.putFile(first.key, first.file);
    const before = bucket.seen.length;
    const second = fileWith(bytes);
    await storage.putFile(second.key, second.file);
    expect(bucket.seen.slice(before).map((request) => request.method)).toEqual(["HEAD"]);
    expect(existsSync(second.file)).toBe(false);
  });

  it("streams a large file in parts of 8 MB (multipart upload), and the parts make the file", async () => {
    const bytes = Buffer.alloc(17 * 1024 * 1024 + 123, 7);
    bytes.write("distinct start");
    const { file, key } = fileWith(bytes);
    const before = bucket.seen.length;
    await storage.putFile(key, file);
    const parts = bucket.seen.slice(before).filter((request) => request.method === "PUT" && request.query.uploadId);
    expect(parts.map((part) => part.bodyBytes)).toEqual([8 * 1024 * 1024, 8 * 1024 * 1024, 1024 * 1024 + 123]);
    expect(bucket.objects.get(key)!.equals(bytes)).toBe(true);
  });

  it("answers a missing object with StoredObjectMissingError and a size of null", async () => {
    const missing = archiveKey("f".repeat(64));
    expect(await storage.size(missing)).toBeNull();
    await expect(storage.read(missing)).rejects.toBeInstanceOf(StoredObjectMissingError);
  });
});
