import { importJsonBodySchema } from "@/lib/api/contract/exports";
import { PayloadTooLargeError, ValidationError } from "../errors";

/** Room for a few full-size source texts (5 MB each) and their claims. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * The JSON Lines body of an import request, refused before it is read when it declares too large a size:
 * the file itself (application/x-ndjson), or `{"jsonl": "…"}` (application/json): the app's own import page
 * sends that, since a request authenticated by the session cookie must be JSON (lib/api/same-origin.ts).
 */
export async function readImportBody(request: Request): Promise<string> {
  const tooLarge = () => new PayloadTooLargeError(`The import file exceeds ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES) throw tooLarge();
  let text = await request.text();
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) throw tooLarge();
  if (/^application\/json(\s*;|$)/i.test(request.headers.get("content-type") ?? "")) text = wrapped(text);
  if (!text.trim()) throw new ValidationError("The request body is empty: send a JSON Lines export.");
  return text;
}

function wrapped(body: string): string {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ValidationError('The request body is not valid JSON: send {"jsonl": "…"}, or the file itself as application/x-ndjson.');
  }
  const parsed = importJsonBodySchema.safeParse(json);
  if (!parsed.success) throw new ValidationError('The request body must be {"jsonl": "…"}: the JSON Lines export as text.', [{ path: "body.jsonl", message: "Required text" }]);
  return parsed.data.jsonl;
}
