import type { Readable } from "node:stream";

// No "server-only" marker: the worker, the CLI and the bench run this module outside Next.js.

/** A byte range of a stored object: `start` inclusive, `end` exclusive. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where dataset archives live: a folder (the default, under .data/) or an
 * S3-compatible bucket. Objects are content-addressed (`archiveKey`), so a
 * key names one sequence of bytes forever: writing it again is a no-op, and
 * nothing is ever overwritten or deleted by the app.
 */
export interface ArchiveStorage {
  /** Said in logs and errors: which folder or bucket this is. */
  readonly description: string;
  /** A folder for files being written before they are stored: on the storage's own file system when it is a folder, so storing them is a rename. */
  readonly workDirectory: string;
  /** Stores a finished file under `key` and removes the file; when the key already exists the file is only removed. */
  putFile(key: string, file: string): Promise<void>;
  /** The object's size in bytes, or null when there is none. */
  size(key: string): Promise<number | null>;
  /** The object's bytes (or a range of them) as a stream; StoredObjectMissingError when there is none. */
  read(key: string, range?: ByteRange): Promise<Readable>;
}

export class StoredObjectMissingError extends Error {
  constructor(
    readonly key: string,
    where: string,
  ) {
    super(`${key} is missing from ${where}.`);
    this.name = "StoredObjectMissingError";
  }
}

const SHA256 = /^[0-9a-f]{64}$/;

/** The key of the archive whose bytes have this sha256. */
export function archiveKey(sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error(`Not a sha256 in hex: ${sha256}`);
  return `archives/${sha256}.zip`;
}

/** Keys are ours (archiveKey), never a client's; this refuses anything else before it reaches a path or a URL. */
export function checkedKey(key: string): string {
  if (!/^archives\/[0-9a-f]{64}\.zip$/.test(key)) throw new Error(`Not an archive key: ${key}`);
  return key;
}

export function checkedRange(range: ByteRange): ByteRange {
  if (!(Number.isSafeInteger(range.start) && Number.isSafeInteger(range.end) && range.start >= 0 && range.end > range.start)) {
    throw new Error(`Not a byte range: ${range.start}–${range.end}`);
  }
  return range;
}
