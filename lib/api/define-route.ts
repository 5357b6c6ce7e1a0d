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
  /** The operation's name in the OpenAPI document, which generated clients name their methods by: camelCase, unique, never renamed lightly. */
  operationId: string;
  summary: string;
  tag: string;
  isPublic?: boolean;
  params?: TParams;
  query?: TQuery;
  body?: TBody;
  /** A body the handler reads itself instead of `body`'s JSON: its schema under each media type it takes. */
  upload?: { description: string; content: Record<string, z.ZodType> };
  /**
   * The success status and the schema of its JSON body; a route that sends files instead names
   * the schema of each under its media type in `files`.
   */
  response: { status: number; description: string; schema?: TResponse; files?: Record<string, z.ZodType> };
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
