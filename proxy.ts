import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/security/content-security-policy";

/**
 * Gives every page its own script nonce. Next reads the nonce from the
 * request's Content-Security-Policy header and puts it on its own scripts;
 * the browser gets the same policy on the response.
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(createNonce(), { isDevelopment: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages only: API routes carry their own policy (next.config.js), static files need none.
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
