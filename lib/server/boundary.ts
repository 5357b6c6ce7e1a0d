import "server-only";
import type { z } from "zod";
import { findUnsafeText } from "@/lib/validation/unsafe-text";
import { ValidationError } from "./errors";

/** NUL and lone surrogates are refused at the boundary, with the field named, before any schema or database sees them. */
export function rejectUnsafeText(input: unknown, where: string): void {
  const unsafe = findUnsafeText(input, where);
  if (unsafe) throw new ValidationError(`Invalid request (${unsafe.path}: ${unsafe.message})`, [unsafe]);
}

/** A zod failure as the 400 both API routes and server actions answer, every field named with where it came from. */
export function validationError(error: z.ZodError, where: string): ValidationError {
  const fields = error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  const summary = fields.map((f) => `${f.path}: ${f.message}`).join("; ");
  return new ValidationError(`Invalid request (${summary})`, fields);
}

/** Checks text, then the schema: the one way input crosses into the data layer. */
export function parseAtBoundary(schema: z.ZodType, input: unknown, where: string): unknown {
  rejectUnsafeText(input, where);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationError(result.error, where);
}
