import { createHash } from "node:crypto";
import { utf8Chunks } from "./byte-stream";
import { writeCsv } from "./csv";
import {
  CONTEXT_FILE_PATH,
  DATA_FORMATS,
  dataFiles,
  MANIFEST_FILE_PATH,
  type DataFormat,
  type DatasetDescription,
  type DatasetReader,
} from "./dataset";
import { writeJsonl } from "./jsonl";
import { manifestText, type Manifest, type ManifestFile } from "./manifest";
import { writeProv } from "./prov";
import { provenanceContextText } from "./vocabulary";
import { writeWebAnnotation } from "./web-annotation";
import { ZipWriter } from "./zip-writer";

const encoder = new TextEncoder();

/** One data file as text, in pieces. */
export function dataFileText(format: DataFormat, dataset: DatasetDescription, reader: DatasetReader): AsyncIterable<string> {
  switch (format) {
    case "jsonl":
      return writeJsonl(reader);
    case "csv":
      return writeCsv(reader);
    case "webannotation":
      return writeWebAnnotation(dataset, reader);
    case "prov":
      return writeProv(dataset, reader);
  }
}

export interface FinishedExport {
  /** Every file written so far, with size and sha256: what the manifest lists. */
  files: ManifestFile[];
  /** Adds the manifest as the archive's last entry and returns the whole archive. */
  seal(manifest: Manifest): Uint8Array<ArrayBuffer>;
}

export interface ExportStreamOptions {
  dataset: DatasetDescription;
  reader: DatasetReader;
  /** Runs once the data files are written: builds the manifest, seals the archive and records the export. */
  complete(finished: FinishedExport): Promise<void>;
}

/**
 * The bytes of a dataset version as they are produced: the zip of every
 * format plus our JSON-LD context and the manifest. A version is this one
 * snapshot; a single format is a file of it, never an export of its own. Only
 * the compressed archive is kept in memory, to be stored by `complete`.
 */
export async function* exportStream(options: ExportStreamOptions): AsyncGenerator<Uint8Array> {
  const { dataset, reader } = options;
  const zip = new ZipWriter();
  const archive: Uint8Array[] = [];
  let sent = 0;
  const collect = () => {
    archive.push(...zip.drain());
    const unsent = archive.slice(sent);
    sent = archive.length;
    return unsent;
  };

  const files: ManifestFile[] = [];
  for (const dataFormat of DATA_FORMATS) {
    const { path, mediaType } = dataFiles[dataFormat];
    const hash = createHash("sha256");
    let bytes = 0;
    zip.startEntry(path);
    for await (const chunk of utf8Chunks(dataFileText(dataFormat, dataset, reader))) {
      hash.update(chunk);
      bytes += chunk.byteLength;
      zip.write(chunk);
      yield* collect();
    }
    zip.endEntry();
    yield* collect();
    files.push({ path, mediaType, bytes, sha256: hash.digest("hex") });
  }
  const context = encoder.encode(provenanceContextText);
  zip.addEntry(CONTEXT_FILE_PATH, context);
  files.push({ path: CONTEXT_FILE_PATH, mediaType: "application/ld+json", bytes: context.byteLength, sha256: sha256OfBytes(context) });
  yield* collect();

  let isSealed = false;
  await options.complete({
    files,
    seal(manifest) {
      zip.addEntry(MANIFEST_FILE_PATH, encoder.encode(manifestText(manifest)));
      zip.finish();
      archive.push(...zip.drain());
      isSealed = true;
      return concat(archive);
    },
  });
  if (!isSealed) throw new Error("The export was completed without sealing its archive.");
  yield* collect();
}

function concat(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const whole = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}

export function sha256OfBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
