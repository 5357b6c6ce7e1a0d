import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "./errors";
import { errorCodes } from "@/lib/errors/error-codes";

export async function checkDatabase(): Promise<{ status: "ok" }> {
  try {
    await db().$queryRaw`SELECT 1`;
    return { status: "ok" };
  } catch {
    throw new AppError(503, errorCodes.databaseUnavailable, "The database does not answer.");
  }
}
