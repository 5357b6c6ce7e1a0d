import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { apiRoutes } from "@/lib/api/contract";
import { defineRoute } from "@/lib/api/define-route";
import { handle } from "@/lib/api/handle";
import { createApiToken } from "@/lib/server/auth/api-tokens";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { testDb } from "./factories";
import { callRoute, routeFile, routeHandler } from "./route-client";

let token: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const db = testDb();
  await seedDemo(db);
  const owner = await db.user.findUniqueOrThrow({ where: { email: "owner@demo.test" } });
  token = (await createApiToken(db, { userId: owner.id, email: owner.email, name: owner.name, sessionVersion: owner.sessionVersion })).token;
  const project = await db.project.findUniqueOrThrow({ where: { slug: "demo" } });
  ids.projectId = project.id;
  // The project's only owner: a change of role or a removal is refused, so calling those routes changes nothing.
  ids.userId = owner.id;
  ids.sourceId = (await db.source.findFirstOrThrow({ where: { projectId: project.id } })).id;
  ids.annotationId = (await db.annotation.findFirstOrThrow({ where: { sourceId: ids.sourceId } })).id;
  ids.number = "1";
  ids.claimId = (await db.claim.findFirstOrThrow({ where: { projectId: project.id } })).id;
  ids.conflictId = (await db.conflict.findFirstOrThrow({ where: { projectId: project.id } })).id;
  ids.entityId = (await db.entity.findFirstOrThrow({ where: { projectId: project.id } })).id;
  ids.propertyId = (await db.property.findFirstOrThrow({ where: { projectId: project.id } })).id;
  // A candidate claim of the demo source, for the routes that dismiss or accept one.
  const candidatesRoute = apiRoutes.find((route) => route.path === "/api/v1/sources/{sourceId}/suggestions")!;
  const listed = await callRoute(candidatesRoute, { token, params: ids, body: {} });
  ids.key = (listed.json as { candidates: { key: string }[] }).candidates[0]!.key;
  const exportRoute = apiRoutes.find((route) => route.method === "get" && route.path === "/api/v1/projects/{projectId}/export")!;
  const exported = await callRoute(exportRoute, { token, params: ids, query: { format: "jsonl" } });
  expect(exported.status).toBe(200);
  // The run is recorded once its stream has been read to the end.
  await exported.response.arrayBuffer();
  ids.exportId = (await db.exportRun.findFirstOrThrow({ where: { projectId: project.id } })).id;
  // A background export, queued (no worker runs here), for the job routes.
  const startJobRoute = apiRoutes.find((route) => route.method === "post" && route.path === "/api/v1/projects/{projectId}/exports")!;
  const started = await callRoute(startJobRoute, { token, params: ids, body: {} });
  expect(started.status).toBe(202);
  ids.jobId = (started.json as { job: { id: string } }).job.id;
  // A coding round of the owner and the reviewer that is not blind, so it hides nothing from the other reads.
  const reviewer = await db.user.findUniqueOrThrow({ where: { email: "reviewer@demo.test" } });
  const openRoundRoute = apiRoutes.find((route) => route.method === "post" && route.path === "/api/v1/sources/{sourceId}/coding-rounds")!;
  const opened = await callRoute(openRoundRoute, { token, params: ids, body: { coderIds: [owner.id, reviewer.id], isBlind: false } });
  expect(opened.status).toBe(201);
  ids.roundId = (opened.json as { round: { id: string } }).round.id;
  // Closed, so that its units can be read for curation.
  const closeRoundRoute = apiRoutes.find((route) => route.path === "/api/v1/coding-rounds/{roundId}/close")!;
  expect((await callRoute(closeRoundRoute, { token, params: ids })).status).toBe(200);
});

const paramsOf = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
const label = (route: { method: string; path: string }) => `${route.method.toUpperCase()} ${route.path}`;

describe("every API route, through the handler Next calls", () => {
  it.each(apiRoutes.map((route) => [label(route), route] as const))("%s has its handler in its route file", async (_, route) => {
    expect(await routeHandler(route), `${routeFile(route.path)} exports ${route.method.toUpperCase()}`).toBeTypeOf("function");
  });

  const reads = apiRoutes.filter((route) => route.method === "get");
  it.each(reads.map((route) => [label(route), route] as const))("%s answers 200 with real ids, in the shape its contract documents", async (_, route) => {
    for (const name of paramsOf(route.path)) expect(ids[name], `an id for ${name}`).toBeDefined();
    const { status, json, response } = await callRoute(route, { token, params: ids });
    expect(status, JSON.stringify(json)).toBe(route.response.status);
    if (route.response.schema && response.headers.get("content-type")?.includes("application/json")) {
      const parsed = route.response.schema.safeParse(json);
      expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    } else {
      // A download nobody reads to the end, like a browser tab closed mid-way: it must let go of its connection.
      await response.body?.cancel();
    }
  });

  const writes = apiRoutes.filter((route) => route.body);
  it.each(writes.map((route) => [label(route), route] as const))("%s refuses broken JSON, a NUL and a lone surrogate with a 400 that names the place", async (_, route) => {
    const broken = await callRoute(route, { token, params: ids, rawBody: '{"oops":' });
    expect(broken.status).toBe(400);
    expect(broken.json).toMatchObject({ error: { code: "validation_failed", message: "The request body is not valid JSON." } });

    const nul = await callRoute(route, { token, params: ids, body: { note: "a\u0000b" } });
    expect(nul.status).toBe(400);
    expect(nul.json).toMatchObject({ error: { code: "validation_failed", details: { fields: [{ path: "body.note" }] } } });

    const surrogate = await callRoute(route, { token, params: ids, body: { name: "\ud800" } });
    expect(surrogate.status).toBe(400);
    expect(surrogate.json).toMatchObject({ error: { details: { fields: [{ path: "body.name", message: expect.stringContaining("surrogate") }] } } });
  });
});

describe("what routes send", () => {
  const contract = defineRoute({
    operationId: "echo",
    method: "get",
    path: "/api/v1/test/echo",
    summary: "A route for this test only.",
    tag: "Test",
    isPublic: true,
    response: { status: 200, description: "An id.", schema: z.object({ item: z.object({ id: z.string() }) }) },
  });
  const call = (result: unknown) => handle(contract, async () => result)(new Request("http://localhost/api/v1/test/echo"), { params: Promise.resolve({}) });

  it("strips every field the response schema does not name", async () => {
    const response = await call({ item: { id: "a", passwordHash: "secret" }, internal: true });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ item: { id: "a" } });
  });

  it("answers a logged 500 rather than a response that breaks its contract", async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const response = await call({ item: { id: 42 } });
      expect(response.status).toBe(500);
      expect(await response.json()).toMatchObject({ error: { code: "internal_error" } });
    } finally {
      console.error = original;
    }
    expect(String(errors[0])).toContain("breaks its contract");
  });
});
