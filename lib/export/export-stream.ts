import { createHash } from "node:crypto";
import { utf8Chunks } from "./byte-stream";
import { writeCsv } from "./csv";
import {
  CONTEXT_FILE_PATH,
  DATA_FORMATS,
  dataFiles,
  ESTIMATES_FILE_PATH,
  MANIFEST_FILE_PATH,
  type DataFormat,
  type DatasetDescription,
  type DatasetReader,
} from "./dataset";
import { dataPackageFiles } from "./datapackage-files";
import { writeEstimatesCsv } from "./estimates-csv";
import { writeJsonl } from "./jsonl";
import { manifestText, type Manifest, type ManifestFile } from "./manifest";
import { exportTimesEnd, writeProv, type ExportTimes } from "./prov";
import { provenanceContextText } from "./vocabulary";
import { writeWebAnnotation } from "./web-annotation";
import { ZipWriter, type ByteSink } from "./zip-writer";

const encoder = new TextEncoder();

/** One data file as text: what the data and filters determine, in pieces, then what only the run determines. */
export interface DataFileText {
  records: AsyncIterable<string>;
  /** The file's end, written once the records are: prov.jsonld's export activity times. */
  timedEnd?: (times: ExportTimes) => string;
}

export function dataFileText(format: DataFormat, dataset: DatasetDescription, reader: DatasetReader): DataFileText {
  switch (format) {
    case "jsonl":
      return { records: writeJsonl(reader) };
    case "csv":
      return { records: writeCsv(reader) };
    case "webannotation":
      return { records: writeWebAnnotation(dataset, reader) };
    case "prov":
      return { records: writeProv(dataset, reader), timedEnd: (times) => exportTimesEnd(dataset, times) };
  }
}

export interface FinishedExport {
  /** Every file written so far, with size and sha256: what the manifest lists. */
  files: ManifestFile[];
  /** Adds the manifest as the archive's last entry and writes the central directory: the sink then holds the whole zip. */
  seal(manifest: Manifest): Promise<void>;
}

export interface ExportArchiveOptions {
  dataset: DatasetDescription;
  reader: DatasetReader;
  /** Where the zip's bytes go as they are compressed (a temporary file, in the app). */
  sink: ByteSink;
  /**
   * Runs once the data files are written: builds the manifest and seals the
   * archive, or leaves it unsealed when the files are those of a version
   * already stored (the sink's bytes are then thrown away).
   */
  complete(finished: FinishedExport): Promise<void>;
  /** When the export starts and ends (tests fix it). */
  clock?: () => Date;
  /** Called after each file of the archive is written, with how many of its files are: a background job's progress. */
  onFileWritten?(progress: ExportProgress): Promise<void> | void;
}

/** Files of the archive written so far, of all it will hold before its manifest. */
export interface ExportProgress {
  done: number;
  total: number;
}

/**
 * Writes a dataset version into `sink` as it is produced: the zip of every
 * format plus our JSON-LD context and the manifest. A version is this one
 * snapshot; a single format is a file of it, never an export of its own.
 * Nothing is kept in memory but the chunk being serialized and compressed.
 */
export async function writeExportArchive(options: ExportArchiveOptions): Promise<void> {
  const { dataset, reader, clock = () => new Date() } = options;
  const startedAt = clock();
  const zip = new ZipWriter(options.sink);

  const files: ManifestFile[] = [];
  const entries = [
    ...DATA_FORMATS.map((format) => ({ ...dataFiles[format], text: () => dataFileText(format, dataset, reader) })),
    ...zipOnlyFiles(dataset, reader),
  ];
  // Every entry, then the JSON-LD context; the manifest seals the archive once the version is recorded.
  const total = entries.length + 1;
  await options.onFileWritten?.({ done: 0, total });
  for (const { path, mediaType, text } of entries) {
    const hash = createHash("sha256");
    let bytes = 0;
    const write = async (chunk: Uint8Array) => {
      hash.update(chunk);
      bytes += chunk.byteLength;
      await zip.write(chunk);
    };
    await zip.startEntry(path);
    const { records, timedEnd } = text();
    for await (const chunk of utf8Chunks(records)) await write(chunk);
    const reproducibleSha256 = timedEnd && hash.copy().digest("hex");
    if (timedEnd) await write(encoder.encode(timedEnd({ startedAt, endedAt: clock() })));
    await zip.endEntry();
    files.push({ path, mediaType, bytes, sha256: hash.digest("hex"), ...(reproducibleSha256 ? { reproducibleSha256 } : {}) });
    await options.onFileWritten?.({ done: files.length, total });
  }
  const context = encoder.encode(provenanceContextText);
  await zip.addEntry(CONTEXT_FILE_PATH, context);
  files.push({ path: CONTEXT_FILE_PATH, mediaType: "application/ld+json", bytes: context.byteLength, sha256: sha256OfBytes(context) });
  await options.onFileWritten?.({ done: files.length, total });

  let isSealed = false;
  await options.complete({
    files,
    async seal(manifest) {
      if (isSealed) throw new Error("The archive is sealed already.");
      isSealed = true;
      await zip.addEntry(MANIFEST_FILE_PATH, encoder.encode(manifestText(manifest)));
      await zip.finish();
    },
  });
}

/** Derived tables only the zip holds: no single-format download serves them. */
function zipOnlyFiles(dataset: DatasetDescription, reader: DatasetReader): { path: string; mediaType: string; text: () => DataFileText }[] {
  return [
    { path: ESTIMATES_FILE_PATH, mediaType: "text/csv; charset=utf-8; header=present", text: () => ({ records: writeEstimatesCsv(reader) }) },
    ...dataPackageFiles(dataset, reader).map(({ records, ...file }) => ({ ...file, text: () => ({ records: records() }) })),
  ];
}

export function sha256OfBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
