import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { apiToken, expectServerParser } from "../e2e/helpers";
import { bodyWithNul } from "./openapi-body";

type Operation = {
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content: { "application/json"?: { schema: object } } };
};
type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, object> } };

async function expectNoServerError(response: APIResponse, what: string) {
  const status = response.status();
  expect(status, `${what} answered ${status}: ${await response.text()}`).toBeLessThan(500);
  if (status >= 400) {
    const body = await response.json();
    expect(body.error, `${what}: a 4xx carries the JSON error`).toEqual(expect.objectContaining({ code: expect.any(String), message: expect.any(String) }));
  }
}

/** Real ids from the demo data, one for every path parameter the API has. */
async function demoIds(request: APIRequestContext, headers: Record<string, string>) {
  const get = async (path: string) => {
    const response = await request.get(path, { headers });
    expect(response.status(), path).toBe(200);
    return response.json();
  };
  const demo = (await get("/api/v1/projects")).projects.find((p: { slug: string }) => p.slug === "demo");
  const projectId: string = demo.id;
  const sourceId: string = (await get(`/api/v1/projects/${projectId}/sources`)).sources[0].id;
  const annotationId: string = (await get(`/api/v1/sources/${sourceId}/annotations`)).annotations[0].id;
  const claimId: string = (await get(`/api/v1/projects/${projectId}/claims`)).claims[0].id;
  const conflictId: string = (await get(`/api/v1/projects/${projectId}/conflicts`)).conflicts[0].id;
  const entityId: string = (await get(`/api/v1/projects/${projectId}/entities`)).entities[0].id;
  const exported = await request.get(`/api/v1/projects/${projectId}/export?format=jsonl`, { headers });
  expect(exported.status()).toBe(200);
  const exportId: string = (await get(`/api/v1/projects/${projectId}/export/runs`)).exports[0].id;
  // A background export of its own, for the job routes (cancelling it changes no data).
  const started = await request.post(`/api/v1/projects/${projectId}/exports`, { headers, data: {} });
  expect(started.status()).toBe(202);
  const jobId: string = (await started.json()).job.id;
  // A token of its own: a DELETE with this id revokes it, never the token the test runs with.
  const spare = await request.post("/api/v1/account/tokens", { headers, data: { name: "dev smoke spare" } });
  expect(spare.status()).toBe(201);
  const tokenId: string = (await spare.json()).id;
  // The demo project's only owner: a change of role or a removal is refused, so calling those routes changes nothing.
  const members: { userId: string; role: string }[] = (await get(`/api/v1/projects/${projectId}/members`)).members;
  const userId = members.find((m) => m.role === "owner")!.userId;
  // An invitation of its own to withdraw, and a property that an archive followed by a restore leaves as it was.
  const invited = await request.post(`/api/v1/projects/${projectId}/invitations`, { headers, data: { email: "dev-smoke@example.test", role: "viewer" } });
  expect(invited.status()).toBe(201);
  const invitationId: string = (await invited.json()).invitation.id;
  const propertyId: string = (await get(`/api/v1/projects/${projectId}/properties`)).properties[0].id;
  // A candidate claim of the demo source: dismissing or accepting it needs a body the smoke calls never send.
  const suggested = await request.post(`/api/v1/sources/${sourceId}/suggestions`, { headers, data: {} });
  expect(suggested.status()).toBe(200);
  const key: string = (await suggested.json()).candidates[0].key;
  // A coding round of the owner and the reviewer, open and not blind, closed at once: it hides nothing, and a smoke that
  // runs again can open another (one open round per source). Its done and close routes then answer 409; its units, for
  // curation, are none (nobody coded in it).
  const reviewerId = members.find((m) => m.role === "reviewer")!.userId;
  const opened = await request.post(`/api/v1/sources/${sourceId}/coding-rounds`, { headers, data: { coderIds: [userId, reviewerId], isBlind: false } });
  expect(opened.status()).toBe(201);
  const roundId: string = (await opened.json()).round.id;
  expect((await request.post(`/api/v1/coding-rounds/${roundId}/close`, { headers })).status()).toBe(200);
  // Every demo source has a first revision: its text is what Web Annotation exports point at.
  const number = "1";
  return { projectId, sourceId, annotationId, claimId, conflictId, entityId, exportId, jobId, roundId, tokenId, userId, invitationId, propertyId, key, number } as Record<string, string>;
}

test("on npm run dev, every documented route answers without a 5xx: GETs with real ids, other methods with empty, broken and NUL bodies", async ({ request }) => {
  const token = await apiToken(request, "owner@demo.test");
  const headers = { authorization: `Bearer ${token}` };
  const document = (await (await request.get("/api/v1/openapi.json")).json()) as OpenApi;
  const ids = await demoIds(request, headers);
  const calls: string[] = [];

  for (const [template, operations] of Object.entries(document.paths)) {
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
      expect(ids[name], `a demo id for the path parameter ${name} of ${template}`).toBeDefined();
      return ids[name]!;
    });
    for (const [method, operation] of Object.entries(operations)) {
      const what = `${method.toUpperCase()} ${template}`;
      calls.push(what);
      if (method === "get") {
        const response = await request.get(path, { headers });
        await expectNoServerError(response, what);
        const needsQuery = operation.parameters?.some((p) => p.in === "query" && p.required);
        if (!needsQuery) expect(response.status(), `${what} with real ids`).toBe(200);
        const queryNames = operation.parameters?.filter((p) => p.in === "query").map((p) => p.name) ?? [];
        if (queryNames.length) {
          const nul = await request.get(`${path}?${queryNames.map((name) => `${name}=a%00b`).join("&")}`, { headers });
          await expectNoServerError(nul, `${what} with NUL query parameters`);
          expect(nul.status(), `${what} with NUL query parameters`).toBe(400);
        }
        continue;
      }
      const send = (data: string) =>
        request.fetch(path, { method, headers: { ...headers, "content-type": "application/json" }, data, failOnStatusCode: false });
      await expectNoServerError(await send(""), `${what} with an empty body`);
      await expectNoServerError(await send('{"oops":'), `${what} with invalid JSON`);
      const schema = operation.requestBody?.content["application/json"]?.schema;
      if (schema) {
        const nul = await send(JSON.stringify(bodyWithNul(schema, document.components.schemas)));
        await expectNoServerError(nul, `${what} with NUL characters`);
        expect(nul.status(), `${what} with NUL characters`).toBe(400);
      }
    }
  }
  // The document lists every route (41 when this was written); a shrinking list would hide routes.
  expect(calls.length).toBeGreaterThanOrEqual(41);
});

test("on npm run dev, the claim form's suggestions read a selection with the parser's libraries as installed", async ({ request }) => {
  await expectServerParser(request, await apiToken(request, "researcher@demo.test"));
});
