import "server-only";
import { z } from "zod";
import { readEnv } from "@/lib/env";
import { actorFromRequest } from "@/lib/server/auth/current-actor";
import type { Actor } from "@/lib/server/actor";
import { AppError, PayloadTooLargeError, UnauthenticatedError, ValidationError } from "@/lib/server/errors";
import type { RouteContract } from "./define-route";
import { appErrorFromDatabase } from "@/lib/server/database-errors";
import { assertSameOriginMutation } from "./same-origin";
import { parseAtBoundary } from "@/lib/server/boundary";
import { errorCodes } from "@/lib/errors/error-codes";

const MAX_JSON_BODY_BYTES = 6 * 1024 * 1024;

type Infer<T> = NonNullable<T> extends z.ZodType ? z.output<NonNullable<T>> : undefined;

export interface HandlerContext<C extends RouteContract> {
  actor: C["isPublic"] extends true ? Actor | null : Actor;
  params: Infer<C["params"]>;
  query: Infer<C["query"]>;
  body: Infer<C["body"]>;
  request: Request;
}

let publicOrigins: string[] | undefined;

/** The app's public origin, besides the request's own, read once: the environment does not change. */
function trustedOrigins(): string[] {
  publicOrigins ??= [readEnv().NEXTAUTH_URL].filter((url) => url !== undefined).map((url) => new URL(url).origin);
  return publicOrigins;
}

type RouteProps = { params: Promise<Record<string, string | string[]>> };

/**
 * The one pipeline every API route goes through: authenticate, parse and
 * validate input against the route's contract, run the use case, and map
 * failures to `{ error: { code, message } }` with the right status.
 */
export function handle<C extends RouteContract>(
  contract: C,
  run: (context: HandlerContext<C>) => Promise<unknown>,
): (request: Request, props: RouteProps) => Promise<Response> {
  return async (request, props) => {
    try {
      assertSameOriginMutation(request, trustedOrigins());
      const actor = await actorFromRequest(request);
      if (!actor && !contract.isPublic) throw new UnauthenticatedError();
      const params = parse(contract.params, await props.params, "path");
      const query = parse(contract.query, Object.fromEntries(new URL(request.url).searchParams), "query");
      const body = contract.body ? parse(contract.body, await readJson(request, contract.body.safeParse(undefined).success), "body") : undefined;
      const result = await run({ actor, params, query, body, request } as HandlerContext<C>);
      if (result instanceof Response) return result;
      return Response.json(outgoing(contract, result), { status: contract.response.status });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

function parse(schema: z.ZodType | undefined, input: unknown, where: string): unknown {
  return schema ? parseAtBoundary(schema, input, where) : undefined;
}

/**
 * What a route sends is checked against its contract too: fields the response
 * schema does not name are stripped, so nothing leaks that the OpenAPI
 * document does not promise, and a response that breaks its contract is a
 * logged 500 rather than a surprise for the client.
 */
function outgoing(contract: RouteContract, result: unknown): unknown {
  const schema = contract.response.schema;
  if (!schema) return result;
  const parsed = schema.safeParse(result);
  if (parsed.success) return parsed.data;
  throw new Error(`The response of ${contract.method.toUpperCase()} ${contract.path} breaks its contract: ${z.prettifyError(parsed.error)}`);
}

/** `isOptional`: the contract takes no body at all too, so an empty one means "nothing to say". */
async function readJson(request: Request, isOptional: boolean): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_JSON_BODY_BYTES) {
    throw new PayloadTooLargeError(`The request body exceeds ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB.`);
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) {
    throw new PayloadTooLargeError(`The request body exceeds ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB.`);
  }
  if (!text.trim()) {
    if (isOptional) return undefined;
    throw new ValidationError("The request body is empty: send JSON.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError("The request body is not valid JSON.");
  }
}

export function errorResponse(thrown: unknown): Response {
  const error = appErrorFromDatabase(thrown) ?? thrown;
  if (error instanceof AppError) return Response.json({ error: error.toBody() }, { status: error.status });
  console.error("Unexpected API error", error);
  return Response.json(
    { error: { code: errorCodes.internalError, message: "Something went wrong on our side; it has been logged." } },
    { status: 500 },
  );
}
