import { readEnv, type Env } from "@/lib/env";

/** Where links the app hands out point: NEXTAUTH_URL behind a proxy, else the address the request came to. */
export function publicOrigin(request: Request): string {
  const configured = readEnv().NEXTAUTH_URL;
  return new URL(configured ?? request.url).origin;
}

/**
 * The server the OpenAPI document names: the configured public origin, else "/", the origin the
 * document was fetched from: the only one known to be true when a proxy may put another name in Host.
 */
export function apiServerUrl(env: Env = readEnv()): string {
  const configured = env.PUBLIC_BASE_URL ?? env.NEXTAUTH_URL;
  return configured ? new URL(configured).origin : "/";
}
