import { beforeAll, describe, expect, it } from "vitest";
import { apiRoutes } from "@/lib/api/contract";
import { createApiToken } from "@/lib/server/auth/api-tokens";
import { corpus, createProject, createSource, testDb } from "./factories";
import { callRoute } from "./route-client";

const route = (method: string, path: string) => apiRoutes.find((r) => r.method === method && r.path === path)!;

let token: string;
let projectId: string;
let sourceId: string;

beforeAll(async () => {
  const { project, members } = await createProject(["owner"]);
  projectId = project.id;
  const user = await testDb().user.findUniqueOrThrow({ where: { id: members.owner.userId } });
  token = (await createApiToken(testDb(), { ...members.owner, sessionVersion: user.sessionVersion })).token;
  sourceId = (await createSource(members.owner, project.id)).source.id;
});

describe("bad input gets a clear 4xx through the route handlers, never a 500", () => {
  it("ten parallel revisions of one source all land, numbered 2 to 11 without a gap", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        callRoute(route("post", "/api/v1/sources/{sourceId}/revisions"), { token, params: { sourceId }, body: { text: `${corpus.talataye}\nEdit ${i}.\n` } }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(201));
    const numbers = (await testDb().sourceRevision.findMany({ where: { sourceId }, select: { number: true } })).map((r) => r.number).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("parallel imports of the same text: one 201, the others a 409 that says it exists", async () => {
    const text = `${corpus.talataye}\nImported twice at once.\n`;
    const results = await Promise.all(
      Array.from({ length: 5 }, () => callRoute(route("post", "/api/v1/projects/{projectId}/sources"), { token, params: { projectId }, body: { title: "Twice", text } })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409]);
    for (const refused of results.filter((r) => r.status === 409)) expect(refused.json).toMatchObject({ error: { message: expect.any(String) } });
  });

  it("renaming an entity to a name the project already has answers 409", async () => {
    const create = route("post", "/api/v1/projects/{projectId}/entities");
    const first = await callRoute(create, { token, params: { projectId }, body: { name: "Wagner Group", kind: "armed_group" } });
    const second = await callRoute(create, { token, params: { projectId }, body: { name: "Africa Corps", kind: "armed_group" } });
    const entityId = (second.json as { entity: { id: string } }).entity.id;
    expect(first.status).toBe(201);
    const renamed = await callRoute(route("patch", "/api/v1/entities/{entityId}"), { token, params: { entityId }, body: { name: "Wagner Group" } });
    expect(renamed.status).toBe(409);
    expect(renamed.json).toMatchObject({ error: { code: "duplicate" } });
  });

  it("a day in year 0 is a 400 naming the field, in claim filters and export filters alike", async () => {
    const preview = await callRoute(route("get", "/api/v1/projects/{projectId}/export/preview"), { token, params: { projectId }, query: { from: "0000-06-01" } });
    expect(preview.status).toBe(400);
    expect(preview.json).toMatchObject({ error: { details: { fields: [{ path: "query.from", message: expect.stringContaining("year 0") }] } } });
  });

  it("a source URL must be http or https", async () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>"]) {
      const result = await callRoute(route("post", "/api/v1/projects/{projectId}/sources"), { token, params: { projectId }, body: { title: "Scheme", text: `A text at ${url}`, url } });
      expect(result.status, url).toBe(400);
      expect(result.json).toMatchObject({ error: { details: { fields: [{ path: "body.url" }] } } });
    }
  });
});
