import path from "node:path";
import { apiRoutes } from "@/lib/api/contract";
import type { RouteContract } from "@/lib/api/define-route";
import type { Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/auth/api-tokens";
import { testDb } from "./factories";

type RouteHandler = (request: Request, props: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** `/api/v1/claims/{claimId}` → `app/api/v1/claims/[claimId]/route.ts`, the file Next serves it from. */
export function routeFile(contractPath: string): string {
  return path.join("app", contractPath.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
}

/** The exported handler that Next would call for this contract. */
export async function routeHandler(contract: RouteContract): Promise<RouteHandler | undefined> {
  const routeModule = (await import(`@/${routeFile(contract.path)}`)) as Record<string, RouteHandler | undefined>;
  return routeModule[contract.method.toUpperCase()];
}

/**
 * Calls a route through its real handler: Next's route file, `handle()` with its contract's
 * schemas, authenticated by a bearer token, exactly as an HTTP request would.
 */
export async function callRoute(
  contract: RouteContract,
  options: { token?: string; params?: Record<string, string>; query?: Record<string, string>; body?: unknown; rawBody?: string; headers?: Record<string, string> },
): Promise<{ status: number; json: unknown; response: Response }> {
  const handler = await routeHandler(contract);
  if (!handler) throw new Error(`${routeFile(contract.path)} exports no ${contract.method.toUpperCase()}`);
  const pathname = contract.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(options.params?.[name] ?? ""));
  const url = new URL(pathname, "http://localhost");
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const request = new Request(url, {
    method: contract.method.toUpperCase(),
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
      ...options.headers,
    },
    ...(body !== undefined ? { body } : {}),
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const type = response.headers.get("content-type") ?? "";
  const json = type.startsWith("application/json") ? await response.clone().json() : null;
  return { status: response.status, json, response };
}

/** The contract of one operation of the API, by method and path as the OpenAPI document names them. */
export function route(method: string, contractPath: string): RouteContract {
  const contract = apiRoutes.find((r) => r.method === method && r.path === contractPath);
  if (!contract) throw new Error(`No contract for ${method.toUpperCase()} ${contractPath}`);
  return contract;
}

/** A bearer token of a member, as `POST /api/v1/auth/token` would issue it. */
export async function tokenOf(actor: Actor): Promise<string> {
  const user = await testDb().user.findUniqueOrThrow({ where: { id: actor.userId } });
  return (await createApiToken(testDb(), { ...actor, sessionVersion: user.sessionVersion })).token;
}
