import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiToken, createTalatayeCopy } from "./helpers";

/**
 * The API's side of the authorization matrix: the main mutation routes with
 * no session and with a bearer token for each demo role, asserting the exact
 * status. Every request is valid, so the status is the authorization
 * decision (the data layer's full matrix, with viewers and non-members, is
 * tests/integration/authorization-matrix.integration.test.ts).
 */

type Role = "owner" | "reviewer" | "researcher";
const ROLES: Role[] = ["owner", "reviewer", "researcher"];

interface Call {
  method: "post" | "patch" | "get";
  path: string;
  data?: unknown;
}

interface Context {
  request: APIRequestContext;
  tokens: Record<Role, string>;
  projectId: string;
  sourceId: string;
  entityIds: Record<string, string>;
  casualtiesId: string;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function send(ctx: Context, call: Call, token?: string) {
  const headers = token ? bearer(token) : {};
  const options = call.data === undefined ? { headers } : { headers, data: call.data };
  return ctx.request[call.method](call.path, options);
}

async function ok<T>(ctx: Context, call: Call, role: Role, status: number): Promise<T> {
  const response = await send(ctx, call, ctx.tokens[role]);
  expect(response.status(), `${call.method} ${call.path} as ${role}`).toBe(status);
  return response.json() as Promise<T>;
}

/** A draft claim by `author` on a fresh span of the shared source. */
async function draftClaim(ctx: Context, author: Role) {
  const { annotation } = await ok<{ annotation: { id: string } }>(
    ctx,
    { method: "post", path: `/api/v1/sources/${ctx.sourceId}/annotations`, data: { quote: { exact: "4 (per MSA)" } } },
    author,
    201,
  );
  const { claim } = await ok<{ claim: { id: string; version: number } }>(
    ctx,
    {
      method: "post",
      path: `/api/v1/projects/${ctx.projectId}/claims`,
      data: {
        subjectId: ctx.entityIds["Movement for the Salvation of Azawad"],
        propertyId: ctx.casualtiesId,
        value: { type: "quantity", kind: "exact", min: 4, max: 4 },
        evidenceAnnotationIds: [annotation.id],
      },
    },
    author,
    201,
  );
  return claim;
}

async function submittedClaim(ctx: Context, author: Role) {
  const claim = await draftClaim(ctx, author);
  const { claim: submitted } = await ok<{ claim: { id: string; version: number } }>(
    ctx,
    { method: "post", path: `/api/v1/claims/${claim.id}/submit`, data: {} },
    author,
    200,
  );
  return submitted;
}

async function freshEntity(ctx: Context) {
  const { entity } = await ok<{ entity: { id: string } }>(
    ctx,
    { method: "post", path: `/api/v1/projects/${ctx.projectId}/entities`, data: { name: `Group ${crypto.randomUUID()}`, kind: "armed_group" } },
    "owner",
    201,
  );
  return entity.id;
}

const comment = { body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Checked against the infobox." }] }] } };

interface Route {
  name: string;
  /** A fresh, valid request for `role` (targets are created as needed). */
  call: (ctx: Context, role: Role) => Promise<Call>;
  expected: Record<Role, number>;
}

const routes: Route[] = [
  {
    name: "import a source",
    call: async (ctx) => ({
      method: "post",
      path: `/api/v1/projects/${ctx.projectId}/sources`,
      data: { title: `Note ${crypto.randomUUID()}`, text: `A field note ${crypto.randomUUID()}.` },
    }),
    expected: { owner: 201, reviewer: 201, researcher: 201 },
  },
  {
    name: "annotate",
    call: async (ctx) => ({ method: "post", path: `/api/v1/sources/${ctx.sourceId}/annotations`, data: { quote: { exact: "17+ (per ACLED)" } } }),
    expected: { owner: 201, reviewer: 201, researcher: 201 },
  },
  {
    name: "edit someone else's draft claim",
    call: async (ctx) => {
      const claim = await draftClaim(ctx, "owner");
      return { method: "patch", path: `/api/v1/claims/${claim.id}`, data: { version: claim.version, note: "edited" } };
    },
    expected: { owner: 200, reviewer: 200, researcher: 403 },
  },
  {
    name: "create an entity",
    call: async (ctx) => ({
      method: "post",
      path: `/api/v1/projects/${ctx.projectId}/entities`,
      data: { name: `Group ${crypto.randomUUID()}`, kind: "armed_group" },
    }),
    expected: { owner: 201, reviewer: 201, researcher: 201 },
  },
  {
    name: "merge entities",
    call: async (ctx) => ({ method: "post", path: `/api/v1/entities/${await freshEntity(ctx)}/merge`, data: { intoEntityId: await freshEntity(ctx) } }),
    expected: { owner: 200, reviewer: 200, researcher: 403 },
  },
  {
    name: "submit one's own claim",
    call: async (ctx, role) => ({ method: "post", path: `/api/v1/claims/${(await draftClaim(ctx, role)).id}/submit`, data: {} }),
    expected: { owner: 200, reviewer: 200, researcher: 200 },
  },
  {
    name: "submit someone else's claim",
    call: async (ctx, role) => {
      const author: Role = role === "owner" ? "reviewer" : "owner";
      return { method: "post", path: `/api/v1/claims/${(await draftClaim(ctx, author)).id}/submit`, data: {} };
    },
    expected: { owner: 200, reviewer: 200, researcher: 403 },
  },
  {
    name: "approve the researcher's claim",
    call: async (ctx) => ({ method: "post", path: `/api/v1/claims/${(await submittedClaim(ctx, "researcher")).id}/reviews`, data: { decision: "approve" } }),
    expected: { owner: 201, reviewer: 201, researcher: 403 },
  },
  {
    name: "reject the researcher's claim",
    call: async (ctx) => ({
      method: "post",
      path: `/api/v1/claims/${(await submittedClaim(ctx, "researcher")).id}/reviews`,
      data: { decision: "reject", reason: "Not what the source says" },
    }),
    expected: { owner: 201, reviewer: 201, researcher: 403 },
  },
  {
    name: "request changes on the researcher's claim",
    call: async (ctx) => ({
      method: "post",
      path: `/api/v1/claims/${(await submittedClaim(ctx, "researcher")).id}/reviews`,
      data: { decision: "request_changes", reason: "Add the category" },
    }),
    expected: { owner: 201, reviewer: 201, researcher: 403 },
  },
  {
    name: "bulk-approve the researcher's claim",
    call: async (ctx) => {
      const claim = await submittedClaim(ctx, "researcher");
      return { method: "post", path: `/api/v1/projects/${ctx.projectId}/review-queue/approve`, data: { claims: [{ claimId: claim.id, version: claim.version }] } };
    },
    expected: { owner: 200, reviewer: 200, researcher: 403 },
  },
  {
    name: "comment on a claim",
    call: async (ctx) => ({ method: "post", path: `/api/v1/claims/${(await draftClaim(ctx, "researcher")).id}/comments`, data: comment }),
    expected: { owner: 201, reviewer: 201, researcher: 201 },
  },
  {
    name: "read the audit trail",
    call: async (ctx) => ({ method: "get", path: `/api/v1/projects/${ctx.projectId}/audit` }),
    expected: { owner: 200, reviewer: 200, researcher: 403 },
  },
];

/** Tokens for the demo roles and a private copy of the Talataye article to act on. */
async function setUp(request: APIRequestContext): Promise<Context> {
  const tokens = {
    owner: await apiToken(request, "owner@demo.test"),
    reviewer: await apiToken(request, "reviewer@demo.test"),
    researcher: await apiToken(request, "researcher@demo.test"),
  };
  const copy = await createTalatayeCopy(request, tokens.researcher, "authorization");
  const entities = (await (await request.get(`/api/v1/projects/${copy.projectId}/entities`, { headers: bearer(tokens.owner) })).json())
    .entities as { id: string; name: string }[];
  // The demo vocabulary has no listing route; the seeded claims name the casualties property.
  const claims = (await (await request.get(`/api/v1/projects/${copy.projectId}/claims?pageSize=200`, { headers: bearer(tokens.owner) })).json())
    .claims as { property: { id: string; key: string } }[];
  return {
    request,
    tokens,
    projectId: copy.projectId,
    sourceId: copy.sourceId,
    entityIds: Object.fromEntries(entities.map((e) => [e.name, e.id])),
    casualtiesId: claims.find((c) => c.property.key === "casualties")!.property.id,
  };
}

test.describe("API authorization", () => {
  for (const route of routes) {
    test(`${route.name}: 401 without a session, then each role's exact status`, async ({ request }) => {
      const ctx = await setUp(request);
      const anonymous = await send(ctx, await route.call(ctx, "owner"));
      expect(anonymous.status()).toBe(401);
      expect((await anonymous.json()).error.code).toBe("unauthenticated");
      for (const role of ROLES) {
        const response = await send(ctx, await route.call(ctx, role), ctx.tokens[role]);
        expect(response.status(), `${route.name} as ${role}`).toBe(route.expected[role]);
      }
    });
  }

  test("four eyes: approving one's own claim is 403 with a clear message", async ({ request }) => {
    const ctx = await setUp(request);
    const claim = await submittedClaim(ctx, "reviewer");
    const response = await send(ctx, { method: "post", path: `/api/v1/claims/${claim.id}/reviews`, data: { decision: "approve" } }, ctx.tokens.reviewer);
    expect(response.status()).toBe(403);
    expect((await response.json()).error).toEqual({
      code: "forbidden",
      message: "You created this claim, so you cannot approve it: another reviewer must check it (four-eyes rule).",
    });
  });

  test("a rejection without a reason is 400 naming the field", async ({ request }) => {
    const ctx = await setUp(request);
    const claim = await submittedClaim(ctx, "researcher");
    const response = await send(ctx, { method: "post", path: `/api/v1/claims/${claim.id}/reviews`, data: { decision: "reject" } }, ctx.tokens.reviewer);
    expect(response.status()).toBe(400);
    expect((await response.json()).error.details.fields).toEqual([{ path: "reason", message: "Say why you reject this claim." }]);
  });

  test("the inbox answers 401 without a session and only ever marks the caller's own notifications", async ({ request }) => {
    const ctx = await setUp(request);
    expect((await ctx.request.get("/api/v1/inbox")).status()).toBe(401);
    expect((await ctx.request.post("/api/v1/inbox/read", { data: { all: true } })).status()).toBe(401);
    const inbox = await (await ctx.request.get("/api/v1/inbox", { headers: bearer(ctx.tokens.researcher) })).json();
    const someone = inbox.notifications[0]?.id ?? "none";
    const marked = await ctx.request.post("/api/v1/inbox/read", { headers: bearer(ctx.tokens.owner), data: { ids: [someone] } });
    expect(await marked.json()).toEqual({ updated: 0 });
  });
});
