/** A file download: the body as it comes, named for saving, never cached (it may hold unpublished claims). */
export function downloadResponse(body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>, filename: string, contentType: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
}
