/**
 * The pages' Content-Security-Policy. Scripts run only with this response's
 * nonce ('strict-dynamic' lets those scripts load Next's chunks), so an
 * injected <script> or inline handler does not run. Styles stay
 * 'unsafe-inline': the editor (ProseMirror) positions and marks text with
 * style attributes, which nonces cannot cover, and styles cannot run code.
 * `next dev` also needs eval (React's debugging) and a WebSocket for reloads.
 */
export function contentSecurityPolicy(nonce: string, options: { isDevelopment: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.isDevelopment ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "blob:", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(options.isDevelopment ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}


/** A fresh, unguessable nonce for one response. */
export function createNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
