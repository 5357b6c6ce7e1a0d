import { Zip, ZipDeflate } from "fflate";

/**
 * Every entry carries this modification time, so the same files make the same
 * zip. fflate writes the DOS time from local date fields, hence a local-time
 * date: the bytes do not depend on the time zone either.
 */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/**
 * A zip written entry by entry. Compressed bytes come out as input goes in;
 * `drain()` hands over what is ready, so nothing but the current chunk has to
 * stay in memory.
 */
export class ZipWriter {
  private readonly zip: Zip;
  private ready: Uint8Array[] = [];
  private failure: Error | null = null;
  private entry: ZipDeflate | null = null;

  constructor() {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.ready.push(chunk);
    });
  }

  startEntry(path: string): void {
    if (this.entry) throw new Error(`Entry ${this.entry.filename} is still open.`);
    const entry = new ZipDeflate(path, { level: 6 });
    entry.mtime = FIXED_MTIME;
    this.zip.add(entry);
    this.entry = entry;
  }

  write(bytes: Uint8Array): void {
    this.openEntry().push(bytes, false);
    this.check();
  }

  endEntry(): void {
    this.openEntry().push(new Uint8Array(0), true);
    this.entry = null;
    this.check();
  }

  addEntry(path: string, bytes: Uint8Array): void {
    this.startEntry(path);
    this.write(bytes);
    this.endEntry();
  }

  /** Writes the central directory; drain() then returns the last bytes. */
  finish(): void {
    if (this.entry) throw new Error(`Entry ${this.entry.filename} is still open.`);
    this.zip.end();
    this.check();
  }

  drain(): Uint8Array[] {
    const chunks = this.ready;
    this.ready = [];
    return chunks;
  }

  private openEntry(): ZipDeflate {
    if (!this.entry) throw new Error("No zip entry is open.");
    return this.entry;
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
