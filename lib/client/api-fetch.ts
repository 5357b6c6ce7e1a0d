import { errorCodes, isErrorCode, type ErrorCode } from "@/lib/errors/error-codes";

/** Calls our JSON API from the browser (the session cookie authenticates) and unwraps `{ error }` bodies. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const method = init.method ?? (init.body === undefined ? "GET" : "POST");
  const response = await fetch(path, {
    method,
    // The API refuses cookie-authenticated mutations that are not JSON (a cross-site form could send those).
    headers: method === "GET" ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: "same-origin",
    signal: init.signal,
  });
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const error = payload?.error ?? {};
    const code = isErrorCode(error.code) ? error.code : errorCodes.httpError;
    throw new ApiRequestError(response.status, code, error.message ?? `Request failed (${response.status})`, error.details);
  }
  return payload as T;
}
