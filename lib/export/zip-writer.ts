import { once } from "node:events";
import { crc32, createDeflateRaw, type DeflateRaw } from "node:zlib";

/** Where a zip's bytes go, in order; `write` resolves once the sink can take more (backpressure). */
export interface ByteSink {
  write(chunk: Uint8Array): Promise<void>;
}

/**
 * Every entry carries this modification time (1980-01-01 00:00, the first
 * the format can hold), so the same files make the same zip whatever the
 * clock or the time zone.
 */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Bit 3: sizes and CRC follow the data (they are known only then); bit 11: names are UTF-8. */
const FLAGS = 0x0808;
const DEFLATE = 8;
const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;

/**
 * zlib's level 6 (its default) compresses the JSON and CSV files to the same
 * size as 9 within a percent, at a third of the time. The work runs on
 * libuv's thread pool, beside the serializers on the main thread.
 */
const LEVEL = 6;

interface WrittenEntry {
  name: Uint8Array;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

interface OpenEntry extends WrittenEntry {
  deflate: DeflateRaw;
  /** Copies the compressed bytes into the sink as zlib produces them; settles when the entry's last byte is out. */
  pump: Promise<void>;
}

/**
 * A zip written entry by entry into a sink, compressed by Node's zlib as the
 * input arrives: nothing but the chunks in flight is held in memory. Entries
 * or an archive past 4 GB get ZIP64 records (in the data descriptor and the
 * central directory), as Go's archive/zip writes them; readers use the
 * central directory (zip-reader.ts, unzip, every desktop tool).
 */
export class ZipWriter {
  private offset = 0;
  private readonly entries: WrittenEntry[] = [];
  private entry: OpenEntry | null = null;
  private isFinished = false;

  constructor(private readonly sink: ByteSink) {}

  async startEntry(path: string): Promise<void> {
    if (this.entry) throw new Error(`Entry ${new TextDecoder().decode(this.entry.name)} is still open.`);
    if (this.isFinished) throw new Error("The zip is finished.");
    const name = new TextEncoder().encode(path);
    const header = new Bytes(30 + name.byteLength)
      .u32(0x04034b50)
      .u16(20)
      .u16(FLAGS)
      .u16(DEFLATE)
      .u16(DOS_TIME)
      .u16(DOS_DATE)
      .u32(0)
      .u32(0)
      .u32(0)
      .u16(name.byteLength)
      .u16(0)
      .bytes(name);
    const offset = this.offset;
    await this.emit(header.done());
    const deflate = createDeflateRaw({ level: LEVEL, chunkSize: 64 * 1024 });
    const entry: OpenEntry = { name, crc: 0, compressedSize: 0, size: 0, offset, deflate, pump: Promise.resolve() };
    entry.pump = (async () => {
      for await (const chunk of deflate as AsyncIterable<Buffer>) {
        entry.compressedSize += chunk.byteLength;
        await this.emit(chunk);
      }
    })();
    // A failing sink stops the compressor too, so a writer waiting for it to drain hears of the failure.
    entry.pump.catch((error: unknown) => deflate.destroy(error as Error));
    this.entry = entry;
  }

  async write(bytes: Uint8Array): Promise<void> {
    const entry = this.openEntry();
    if (bytes.byteLength === 0) return;
    entry.crc = crc32(bytes, entry.crc);
    entry.size += bytes.byteLength;
    if (entry.deflate.destroyed) await entry.pump;
    // A failing sink destroys the compressor (startEntry), which rejects this wait with the sink's error.
    if (!entry.deflate.write(bytes)) await once(entry.deflate, "drain");
  }

  async endEntry(): Promise<void> {
    const entry = this.openEntry();
    entry.deflate.end();
    await entry.pump;
    this.entry = null;
    const isZip64 = entry.size >= MAX_32 || entry.compressedSize >= MAX_32;
    const descriptor = new Bytes(isZip64 ? 24 : 16).u32(0x08074b50).u32(entry.crc);
    if (isZip64) descriptor.u64(entry.compressedSize).u64(entry.size);
    else descriptor.u32(entry.compressedSize).u32(entry.size);
    await this.emit(descriptor.done());
    const { name, crc, compressedSize, size, offset } = entry;
    this.entries.push({ name, crc, compressedSize, size, offset });
  }

  async addEntry(path: string, bytes: Uint8Array): Promise<void> {
    await this.startEntry(path);
    await this.write(bytes);
    await this.endEntry();
  }

  /** Writes the central directory and the end records: the zip is complete. */
  async finish(): Promise<void> {
    if (this.entry) throw new Error(`Entry ${new TextDecoder().decode(this.entry.name)} is still open.`);
    if (this.isFinished) throw new Error("The zip is finished.");
    this.isFinished = true;
    const directoryOffset = this.offset;
    for (const entry of this.entries) await this.emit(centralRecord(entry));
    const directorySize = this.offset - directoryOffset;
    const count = this.entries.length;
    const needsZip64 = count >= MAX_16 || directoryOffset >= MAX_32 || directorySize >= MAX_32 || this.entries.some(isZip64Entry);
    if (needsZip64) {
      const recordOffset = this.offset;
      const record = new Bytes(56)
        .u32(0x06064b50)
        .u64(44)
        .u16(45)
        .u16(45)
        .u32(0)
        .u32(0)
        .u64(count)
        .u64(count)
        .u64(directorySize)
        .u64(directoryOffset);
      await this.emit(record.done());
      await this.emit(new Bytes(20).u32(0x07064b50).u32(0).u64(recordOffset).u32(1).done());
    }
    const end = new Bytes(22)
      .u32(0x06054b50)
      .u16(0)
      .u16(0)
      .u16(Math.min(count, MAX_16))
      .u16(Math.min(count, MAX_16))
      .u32(Math.min(directorySize, MAX_32))
      .u32(Math.min(directoryOffset, MAX_32))
      .u16(0);
    await this.emit(end.done());
  }

  private async emit(chunk: Uint8Array): Promise<void> {
    this.offset += chunk.byteLength;
    await this.sink.write(chunk);
  }

  private openEntry(): OpenEntry {
    if (!this.entry) throw new Error("No zip entry is open.");
    return this.entry;
  }
}

function isZip64Entry(entry: WrittenEntry): boolean {
  return entry.size >= MAX_32 || entry.compressedSize >= MAX_32 || entry.offset >= MAX_32;
}

function centralRecord(entry: WrittenEntry): Uint8Array {
  // ZIP64's extra field holds, in this order, exactly the values the record itself cannot.
  const wide = [entry.size, entry.compressedSize, entry.offset].filter((value) => value >= MAX_32);
  const extraLength = wide.length > 0 ? 4 + 8 * wide.length : 0;
  const record = new Bytes(46 + entry.name.byteLength + extraLength)
    .u32(0x02014b50)
    .u16(isZip64Entry(entry) ? 45 : 20)
    .u16(isZip64Entry(entry) ? 45 : 20)
    .u16(FLAGS)
    .u16(DEFLATE)
    .u16(DOS_TIME)
    .u16(DOS_DATE)
    .u32(entry.crc)
    .u32(Math.min(entry.compressedSize, MAX_32))
    .u32(Math.min(entry.size, MAX_32))
    .u16(entry.name.byteLength)
    .u16(extraLength)
    .u16(0)
    .u16(0)
    .u16(0)
    .u32(0)
    .u32(Math.min(entry.offset, MAX_32))
    .bytes(entry.name);
  if (wide.length > 0) {
    record.u16(0x0001).u16(8 * wide.length);
    for (const value of wide) record.u64(value);
  }
  return record.done();
}

/** Little-endian fields written in order into a buffer of a known size. */
class Bytes {
  private readonly buffer: Buffer;
  private at = 0;

  constructor(length: number) {
    this.buffer = Buffer.alloc(length);
  }

  u16(value: number): this {
    this.at = this.buffer.writeUInt16LE(value, this.at);
    return this;
  }

  u32(value: number): this {
    this.at = this.buffer.writeUInt32LE(value >>> 0, this.at);
    return this;
  }

  u64(value: number): this {
    this.at = this.buffer.writeBigUInt64LE(BigInt(value), this.at);
    return this;
  }

  bytes(value: Uint8Array): this {
    this.buffer.set(value, this.at);
    this.at += value.byteLength;
    return this;
  }

  done(): Uint8Array {
    if (this.at !== this.buffer.byteLength) throw new Error(`A zip record of ${this.buffer.byteLength} bytes got ${this.at}.`);
    return this.buffer;
  }
}
