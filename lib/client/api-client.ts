import type { BodyOf, ParamsOf, QueryOf, ResponseOf, RouteContract } from "@/lib/api/define-route";
import { apiFetch } from "./api-fetch";

export interface CallInput<C> {
  params?: ParamsOf<C>;
  query?: QueryOf<C>;
  body?: BodyOf<C>;
  /** Aborts the request: an answer nobody waits for any more is never read. */
  signal?: AbortSignal;
}

/**
 * Calls one route of the API by its contract: the path, method, body and
 * answer are typed by the very schemas the server validates with, so a
 * component cannot send a field the route does not take or read one it does
 * not send.
 */
export async function callApi<C extends RouteContract>(contract: C, input: CallInput<C> = {}): Promise<ResponseOf<C>> {
  return apiFetch<ResponseOf<C>>(apiUrl(contract, input), { method: contract.method.toUpperCase(), body: input.body, signal: input.signal });
}

/** The address callApi requests: also what a page preloads, which only an identical address reuses. */
export function apiUrl<C extends RouteContract>(contract: C, input: Pick<CallInput<C>, "params" | "query"> = {}): string {
  const params = (input.params ?? {}) as Record<string, string>;
  const path = contract.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (params[name] === undefined) throw new Error(`${contract.path} needs ${name}`);
    return encodeURIComponent(params[name]);
  });
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries((input.query ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  }
  return query.size > 0 ? `${path}?${query}` : path;
}
