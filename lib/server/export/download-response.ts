import type { VersionFile } from "./version-file";

/**
 * A file of a dataset version, streamed from storage, named for saving, never
 * cached (it may hold unpublished claims). `X-Dataset-Version` says which
 * version it belongs to.
 */
export function downloadResponse(file: VersionFile, datasetVersion: number): Response {
  return new Response(file.body, {
    status: 200,
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename="${file.filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
      "X-Dataset-Version": String(datasetVersion),
    },
  });
}
