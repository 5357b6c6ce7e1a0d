/**
 * Expected failures of the data layer. Route handlers and server actions map
 * them to `{ error: { code, message } }` with the status each one carries.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldIssue {
  path: string;
  message: string;
}

export class ValidationError extends AppError {
  constructor(message: string, readonly fields: FieldIssue[] = []) {
    super(400, "validation_failed", message, { fields });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Sign in, or send a valid bearer token.") {
    super(401, "unauthenticated", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You do not have permission to do this.") {
    super(403, "forbidden", message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(404, "not_found", `${what} was not found.`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: unknown, code = "conflict") {
    super(409, code, message, details);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super(413, "payload_too_large", message);
  }
}

export class RateLimitedError extends AppError {
  constructor(message: string, readonly retryAfterSeconds?: number) {
    super(429, "rate_limited", message, retryAfterSeconds === undefined ? undefined : { retryAfterSeconds });
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string) {
    super(415, "unsupported_media_type", message);
  }
}

/** An edit or decision based on a version of a claim that is no longer its current one. */
export class StaleVersionError extends ConflictError {
  constructor(current: { id: string; version: number; snapshot: unknown }) {
    super(
      `This claim was changed by someone else (now version ${current.version}); reload it and apply your edit again.`,
      { current },
      "stale_version",
    );
  }
}
