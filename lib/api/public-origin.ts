import { readEnv } from "@/lib/env";

/** Where links the app hands out point: NEXTAUTH_URL behind a proxy, else the address the request came to. */
export function publicOrigin(request: Request): string {
  const configured = readEnv().NEXTAUTH_URL;
  return new URL(configured ?? request.url).origin;
}
