/** Calls our JSON API from the browser (the session cookie authenticates) and unwraps `{ error }` bodies. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? (init.body === undefined ? "GET" : "POST");
  const response = await fetch(path, {
    method,
    // The API refuses cookie-authenticated mutations that are not JSON (a cross-site form could send those).
    headers: method === "GET" ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: "same-origin",
  });
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const error = payload?.error ?? {};
    throw new ApiRequestError(response.status, error.code ?? "http_error", error.message ?? `Request failed (${response.status})`, error.details);
  }
  return payload as T;
}
