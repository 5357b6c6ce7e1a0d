import { PayloadTooLargeError, ValidationError } from "../errors";

/** Room for a few full-size source texts (5 MB each) and their claims. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The JSON Lines body of an import request, refused before it is read when it declares too large a size. */
export async function readImportBody(request: Request): Promise<string> {
  const tooLarge = () => new PayloadTooLargeError(`The import file exceeds ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) throw tooLarge();
  if (!text.trim()) throw new ValidationError("The request body is empty: send a JSON Lines export.");
  return text;
}
