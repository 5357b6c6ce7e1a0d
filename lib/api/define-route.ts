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
  response: { status: number; description: string; schema?: z.ZodType; contentType?: string };
  /** Error statuses this route can answer, besides 400/401/500. */
  errors?: number[];
}

export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  contract: RouteContract<P, Q, B>,
): RouteContract<P, Q, B> {
  return contract;
}
