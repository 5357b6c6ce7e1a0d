import "server-only";
import type { z } from "zod";
import { parseAtBoundary } from "./boundary";
import type { Actor } from "./actor";
import { currentActor } from "./auth/current-actor";
import { appErrorFromDatabase } from "./database-errors";
import { AppError, UnauthenticatedError } from "./errors";
import { errorCodes, type ErrorBody } from "@/lib/errors/error-codes";

/** A server action's answer: its data, or the same error body an API route would send. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/**
 * The one pipeline for server actions: authenticate, validate with zod, run
 * the use case (which authorizes against the resource), and return failures
 * as values the form can show.
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (actor: Actor, data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  return pipeline(schema, input, { isPublic: false }, (actor, data) => run(actor!, data));
}

/** The same for the few actions open to someone not signed in (sign-up, accepting an invitation). */
export async function runPublicAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (actor: Actor | null, data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  return pipeline(schema, input, { isPublic: true }, run);
}

async function pipeline<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  { isPublic }: { isPublic: boolean },
  run: (actor: Actor | null, data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const actor = await currentActor();
    if (!actor && !isPublic) throw new UnauthenticatedError("Your session has ended. Sign in again.");
    return { ok: true, data: await run(actor, parseAtBoundary(schema, input, "input") as z.output<S>) };
  } catch (thrown) {
    const error = appErrorFromDatabase(thrown) ?? thrown;
    if (error instanceof AppError) return { ok: false, error: error.toBody() };
    console.error("Unexpected server action error", error);
    return { ok: false, error: { code: errorCodes.internalError, message: "Something went wrong on our side; it has been logged." } };
  }
}
