import { unzipSync } from "fflate";
import type { ExportFormat } from "@/lib/db/generated/enums";
import { dataFiles, downloadFile } from "@/lib/export/dataset";

export interface VersionFile {
  bytes: Uint8Array<ArrayBuffer>;
  filename: string;
  contentType: string;
}

/**
 * One format of a stored version: the whole zip, or one data file read out of
 * it, byte for byte. Null for a format the archive lacks (versions recorded
 * before every version held every format).
 */
export function versionFile(archive: Uint8Array<ArrayBuffer>, format: ExportFormat, projectSlug: string, version: number): VersionFile | null {
  const { filename, mediaType } = downloadFile(format, projectSlug, version);
  if (format === "zip") return { bytes: archive, filename, contentType: mediaType };
  const { path } = dataFiles[format];
  const file = unzipSync(archive, { filter: (entry) => entry.name === path })[path];
  if (!file) return null;
  return { bytes: new Uint8Array(file), filename, contentType: mediaType };
}
