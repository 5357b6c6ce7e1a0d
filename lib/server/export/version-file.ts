import type { Readable } from "node:stream";
import type { ExportFormat } from "@/lib/db/generated/enums";
import { dataFiles, downloadFile } from "@/lib/export/dataset";
import { openZipEntry, readZipDirectory, type ZipSource } from "@/lib/export/zip-reader";
import { StoredObjectMissingError, type ArchiveStorage } from "../storage/archive-storage";

export interface VersionFile {
  /** The file's bytes, read from storage as the consumer pulls them. */
  body: ReadableStream<Uint8Array>;
  /** Its length in bytes: the response's Content-Length. */
  size: number;
  filename: string;
  contentType: string;
}

/**
 * One format of a stored version: the whole zip, or one data file of it,
 * inflated from the archive's own bytes as it is sent (only that entry's
 * range is read, found through the central directory). Null for a format the
 * archive lacks (versions recorded before every version held every format).
 * The storage is asked now whether the archive and the entry exist, so that a
 * missing one fails before a response starts; the bytes are opened when the
 * first chunk is pulled.
 */
export async function openVersionFile(
  storage: ArchiveStorage,
  key: string,
  format: ExportFormat,
  projectSlug: string,
  version: number,
): Promise<VersionFile | null> {
  const { filename, mediaType } = downloadFile(format, projectSlug, version);
  const size = await storage.size(key);
  if (size === null) throw new StoredObjectMissingError(key, storage.description);
  if (format === "zip") return { body: pulledStream(() => storage.read(key)), size, filename, contentType: mediaType };
  const source: ZipSource = { size, read: (range) => storage.read(key, range) };
  const entry = (await readZipDirectory(source)).find((candidate) => candidate.name === dataFiles[format].path);
  if (!entry) return null;
  return { body: pulledStream(() => openZipEntry(source, entry)), size: entry.size, filename, contentType: mediaType };
}

/**
 * A web stream over a Node stream opened at the first pull: a file that is
 * never read (a HEAD, a client gone before the body) opens nothing, and a
 * slow client slows the read down instead of filling memory.
 */
function pulledStream(open: () => Promise<Readable>): ReadableStream<Uint8Array> {
  let iterator: AsyncIterator<Buffer> | undefined;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        iterator ??= (await open())[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator?.return?.();
    },
  });
}
