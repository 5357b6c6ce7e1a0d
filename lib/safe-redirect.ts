const PLACEHOLDER_ORIGIN = "http://same-origin.invalid";

/**
 * Where to send someone after signing in: a path on this site, or the projects page.
 * Browsers read `/\evil.test` and `//evil.test` as other hosts, so the path is judged by
 * parsing it the way a browser would, not by its first character.
 */
export function safeCallbackPath(value: unknown, fallback = "/projects"): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\\\u0000-\u001f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
