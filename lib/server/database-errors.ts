import { AppError, ConflictError, ValidationError } from "./errors";
import { errorCodes } from "@/lib/errors/error-codes";

/** The SQLSTATE of a PostgreSQL error, as Prisma's driver adapter or node-postgres reports it. */
function sqlState(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } }).meta;
  const fromPrisma = meta?.driverAdapterError?.cause?.originalCode;
  if (typeof fromPrisma === "string") return fromPrisma;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

function constraintOf(error: unknown): string {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { constraint?: { index?: string }; originalMessage?: string } } } }).meta?.driverAdapterError?.cause;
  const named = cause?.constraint?.index ?? /constraint "([^"]+)"/.exec(cause?.originalMessage ?? (error as Error).message ?? "")?.[1];
  return named ? ` (${named})` : "";
}

/**
 * What a database error means for the person who caused it. The database is the last line of
 * defence for uniqueness and CHECK constraints; when it holds the line, the answer is a 409 or
 * a 400 that says why, never a 500. Errors that are ours to fix stay unmapped.
 */
export function appErrorFromDatabase(error: unknown): AppError | null {
  const state = sqlState(error);
  if (!state) return null;
  if (state === "23505") return new ConflictError(`That already exists${constraintOf(error)}; reload and try again.`, undefined, errorCodes.duplicate);
  if (state === "40001" || state === "40P01" || state === "55P03") {
    return new ConflictError("Someone else changed the same records at the same moment; try again.", undefined, errorCodes.concurrentChange);
  }
  if (state === "23514") return new ValidationError(`A value is outside what is allowed${constraintOf(error)}.`);
  if (state === "23502") return new ValidationError(`A required value is missing${constraintOf(error)}.`);
  if (state === "23503") return new ValidationError(`It refers to something that does not exist${constraintOf(error)}.`);
  if (state.startsWith("22")) return new ValidationError("A value cannot be stored: it is out of range, too long or not valid text.");
  return null;
}
