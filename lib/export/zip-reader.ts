import { pipeline, Transform, type Readable } from "node:stream";
import { crc32, createInflateRaw } from "node:zlib";

/** Random access to a stored zip: its size, and a stream of any byte range (`end` exclusive). */
export interface ZipSource {
  size: number;
  read(range: { start: number; end: number }): Promise<Readable>;
}

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const END_RECORD = 22;
/** The end record's comment is at most 65,535 bytes; ZIP64's locator sits right before the record. */
const TAIL = END_RECORD + 0xffff + 20;
/** Our archives list a dozen files; a directory past this is not one of ours and is not read into memory. */
const MAX_DIRECTORY = 1024 * 1024;
const MAX_32 = 0xffffffff;

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(`Not a readable zip: ${message}`);
    this.name = "ZipFormatError";
  }
}

/**
 * Reads a zip's central directory from its end, as unzip does: a few
 * kilobytes, whatever the archive's size. Understands ZIP64 (zip-writer.ts
 * writes it past 4 GB).
 */
export async function readZipDirectory(source: ZipSource): Promise<ZipEntry[]> {
  const tailStart = Math.max(0, source.size - TAIL);
  const tail = await readBytes(source, tailStart, source.size);
  let end = -1;
  for (let at = tail.byteLength - END_RECORD; at >= 0; at--) {
    if (tail.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError("no end of central directory record");
  let count = tail.readUInt16LE(end + 10);
  let directorySize = tail.readUInt32LE(end + 12);
  let directoryOffset = tail.readUInt32LE(end + 16);
  if (end >= 20 && tail.readUInt32LE(end - 20) === 0x07064b50) {
    const recordOffset = Number(tail.readBigUInt64LE(end - 20 + 8));
    const record = await readBytes(source, recordOffset, recordOffset + 56);
    if (record.readUInt32LE(0) !== 0x06064b50) throw new ZipFormatError("a ZIP64 locator that points at no ZIP64 record");
    count = Number(record.readBigUInt64LE(32));
    directorySize = Number(record.readBigUInt64LE(40));
    directoryOffset = Number(record.readBigUInt64LE(48));
  }
  if (directorySize > MAX_DIRECTORY) throw new ZipFormatError(`a central directory of ${directorySize} bytes`);
  if (directoryOffset + directorySize > source.size) throw new ZipFormatError("a central directory past the end of the file");
  const directory = directorySize === 0 ? Buffer.alloc(0) : await readBytes(source, directoryOffset, directoryOffset + directorySize);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > directory.byteLength || directory.readUInt32LE(at) !== 0x02014b50) throw new ZipFormatError(`central directory record ${index + 1} is broken`);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: directory.toString("utf8", at + 46, at + 46 + nameLength),
      method: directory.readUInt16LE(at + 10),
      crc: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    };
    readZip64Extra(directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** ZIP64's extended information (0x0001) holds, in order, each value its record marks as 0xFFFFFFFF. */
function readZip64Extra(extra: Buffer, entry: ZipEntry): void {
  for (let at = 0; at + 4 <= extra.byteLength; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      for (const key of ["size", "compressedSize", "localHeaderOffset"] as const) {
        if (entry[key] !== MAX_32) continue;
        if (field + 8 > at + 4 + length) throw new ZipFormatError(`${entry.name}'s ZIP64 field is too short`);
        entry[key] = Number(extra.readBigUInt64LE(field));
        field += 8;
      }
    }
    at += 4 + length;
  }
}

/**
 * One entry's bytes, inflated as they are read from the source: only the
 * entry's own range is read, and its CRC-32 is checked at the end (the
 * stream fails rather than end on bytes that differ from what was stored).
 */
export async function openZipEntry(source: ZipSource, entry: ZipEntry): Promise<Readable> {
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}`);
  const header = await readBytes(source, entry.localHeaderOffset, entry.localHeaderOffset + 30);
  if (header.readUInt32LE(0) !== 0x04034b50) throw new ZipFormatError(`${entry.name} has no local header`);
  const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const checked = crcCheck(entry);
  if (entry.compressedSize === 0) {
    checked.end();
    return checked;
  }
  const compressed = await source.read({ start: dataStart, end: dataStart + entry.compressedSize });
  const onError = () => {};
  return entry.method === 8 ? pipeline(compressed, createInflateRaw(), checked, onError) : pipeline(compressed, checked, onError);
}

function crcCheck(entry: ZipEntry): Transform {
  let crc = 0;
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      crc = crc32(chunk, crc);
      size += chunk.byteLength;
      callback(null, chunk);
    },
    flush(callback) {
      callback(crc === entry.crc && size === entry.size ? null : new ZipFormatError(`${entry.name} does not match its CRC-32 or size`));
    },
  });
}

async function readBytes(source: ZipSource, start: number, end: number): Promise<Buffer> {
  if (start >= end) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  for await (const chunk of await source.read({ start, end })) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  if (bytes.byteLength !== end - start) throw new ZipFormatError(`expected ${end - start} bytes at ${start}, read ${bytes.byteLength}`);
  return bytes;
}
