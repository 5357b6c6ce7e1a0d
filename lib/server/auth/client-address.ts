import "server-only";

type HeaderSource = Pick<Headers, "get"> | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (typeof (source as Headers).get === "function") return (source as Headers).get(name) ?? undefined;
  const value = (source as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The address a request came from, for the sign-in limits. The production
 * server (lib/cli/production-server.ts) writes X-Forwarded-For itself from
 * the connection, or from its trusted proxies, so a client cannot choose it;
 * `next dev` listens on this machine only.
 */
export function clientAddress(headers: HeaderSource): string {
  const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || "unknown";
}
