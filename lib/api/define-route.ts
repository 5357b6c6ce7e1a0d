import type { z } from "zod";

export type HttpMethod = "get" | "post" | "patch" | "put" | "delete";

/**
 * One API route's contract: the handler validates with these schemas and the
 * OpenAPI document is generated from the very same objects.
 */
export interface RouteContract<
  TParams extends z.ZodType = z.ZodType,
  TQuery extends z.ZodType = z.ZodType,
  TBody extends z.ZodType = z.ZodType,
  TResponse extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: HttpMethod;
  /** OpenAPI path, e.g. /api/v1/sources/{sourceId}. */
  path: string;
  summary: string;
  tag: string;
  isPublic?: boolean;
  params?: TParams;
  query?: TQuery;
  body?: TBody;
  /** The success status and schema of its JSON body. */
  response: { status: number; description: string; schema?: TResponse; contentType?: string };
  /** Error statuses this route can answer, besides 400/401/500. */
  errors?: number[];
}

export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType | undefined = undefined>(
  contract: RouteContract<P, Q, B, R>,
): RouteContract<P, Q, B, R> {
  return contract;
}

/** What a route answers on success, as its contract's response schema says. */
export type ResponseOf<C> = C extends RouteContract<z.ZodType, z.ZodType, z.ZodType, infer R> ? (R extends z.ZodType ? z.output<R> : null) : never;
/** What a route accepts in its body, before defaults apply. */
export type BodyOf<C> = C extends RouteContract<z.ZodType, z.ZodType, infer B> ? z.input<B> : never;
export type ParamsOf<C> = C extends RouteContract<infer P> ? z.input<P> : never;
export type QueryOf<C> = C extends RouteContract<z.ZodType, infer Q> ? z.input<Q> : never;
