import { errorCodes, type ErrorBody, type ErrorCode } from "@/lib/errors/error-codes";
import type { ImportProblem } from "@/lib/export/parse-import";

/**
 * Expected failures of the data layer. Route handlers and server actions map
 * them to the one error envelope (`ErrorBody`) with the status each carries.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message, ...(this.details !== undefined ? { details: this.details } : {}) };
  }
}

export interface FieldIssue {
  path: string;
  message: string;
}

export class ValidationError extends AppError {
  constructor(message: string, readonly fields: FieldIssue[] = []) {
    super(400, errorCodes.validationFailed, message, { fields });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Sign in, or send a valid bearer token.") {
    super(401, errorCodes.unauthenticated, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You do not have permission to do this.", code: ErrorCode = errorCodes.forbidden) {
    super(403, code, message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(404, errorCodes.notFound, `${what} was not found.`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: unknown, code: ErrorCode = errorCodes.conflict) {
    super(409, code, message, details);
  }
}

/** A link that worked once and no longer does: used, withdrawn or expired. */
export class GoneError extends AppError {
  constructor(message: string, code: ErrorCode) {
    super(410, code, message);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super(413, errorCodes.payloadTooLarge, message);
  }
}

export class RateLimitedError extends AppError {
  constructor(message: string, readonly retryAfterSeconds?: number) {
    super(429, errorCodes.rateLimited, message, retryAfterSeconds === undefined ? undefined : { retryAfterSeconds });
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string) {
    super(415, errorCodes.unsupportedMediaType, message);
  }
}

/** An edit or decision based on a version of a claim that is no longer its current one. */
export class StaleVersionError extends ConflictError {
  constructor(current: { id: string; version: number; snapshot: unknown }) {
    super(
      `This claim was changed by someone else (now version ${current.version}); reload it and apply your edit again.`,
      { current },
      errorCodes.staleVersion,
    );
  }
}

/** An import file with bad lines: every one is listed with its number and reason, and nothing was written. */
export class ImportRejectedError extends AppError {
  constructor(readonly problems: ImportProblem[]) {
    const summary = problems.slice(0, 3).map((p) => `line ${p.line}: ${p.reason}`).join("; ");
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : "";
    super(400, errorCodes.importRejected, `The import was rejected, nothing was written. ${summary}${more}`, { lines: problems });
  }
}
