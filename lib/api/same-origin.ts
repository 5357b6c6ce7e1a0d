import { ForbiddenError, UnsupportedMediaTypeError } from "@/lib/server/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A browser attaches the session cookie to requests that other pages of the same site make,
 * even when those pages cannot read the answer. So a mutation authenticated by cookie must
 * prove it comes from our own pages: a JSON body (which another origin cannot send without a
 * CORS preflight we never grant) and the browser's own word that the origin is ours.
 * Bearer tokens are never attached by a browser on its own, so they need no such proof.
 */
export function assertSameOriginMutation(request: Request, trustedOrigins: string[]): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  if (request.headers.has("authorization") || !request.headers.has("cookie")) return;
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json(\s*;|$)/i.test(type)) {
    throw new UnsupportedMediaTypeError("Send the request body as JSON (Content-Type: application/json).");
  }
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null) {
    if (fetchSite === "same-origin") return;
    throw new ForbiddenError("This request came from another site's page and was refused. Use a bearer token for scripts.");
  }
  const origin = request.headers.get("origin");
  const own = new Set([new URL(request.url).origin, ...trustedOrigins]);
  if (origin && own.has(origin)) return;
  throw new ForbiddenError("This request does not say which page sent it (no Origin), so it was refused. Use a bearer token for scripts.");
}
