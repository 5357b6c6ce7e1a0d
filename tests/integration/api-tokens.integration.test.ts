import { describe, expect, it } from "vitest";
import { DEFAULT_TOKEN_DAYS } from "@/lib/auth/token-input";
import { createProject, createUser, testDb } from "./factories";
import { callRoute, route, tokenOf } from "./route-client";

const issueRoute = route("post", "/api/v1/auth/token");
const listRoute = route("get", "/api/v1/account/tokens");
const createRoute = route("post", "/api/v1/account/tokens");
const revokeRoute = route("delete", "/api/v1/account/tokens/{tokenId}");
const projectsRoute = route("get", "/api/v1/projects");
const DAY_MS = 24 * 60 * 60 * 1000;

interface IssuedToken {
  id: string;
  token: string;
  name: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}

async function issue(token: string, body: Record<string, unknown>) {
  const { status, json } = await callRoute(createRoute, { token, body });
  expect(status, JSON.stringify(json)).toBe(201);
  return json as IssuedToken;
}

describe("API tokens", () => {
  it("expire after 90 days unless another span, or none, is chosen; an expired token is refused", async () => {
    const user = await createUser({ password: "a long password" });
    const signedIn = await callRoute(issueRoute, { body: { email: user.email, password: "a long password" }, headers: { "x-forwarded-for": "192.0.2.77" } });
    expect(signedIn.status).toBe(201);
    const byDefault = signedIn.json as IssuedToken;
    expect(new Date(byDefault.expiresAt!).getTime() - Date.now()).toBeGreaterThan(DEFAULT_TOKEN_DAYS * DAY_MS - 60_000);
    expect(new Date(byDefault.expiresAt!).getTime() - Date.now()).toBeLessThanOrEqual(DEFAULT_TOKEN_DAYS * DAY_MS);

    const week = await issue(byDefault.token, { name: "a week", expiresInDays: 7 });
    expect(Math.round((new Date(week.expiresAt!).getTime() - Date.now()) / DAY_MS)).toBe(7);
    expect(await issue(byDefault.token, { name: "forever", expiresInDays: null })).toMatchObject({ expiresAt: null });
    expect((await callRoute(createRoute, { token: byDefault.token, body: { expiresInDays: 0 } })).status).toBe(400);

    await testDb().apiToken.update({ where: { id: week.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await callRoute(projectsRoute, { token: week.token })).status).toBe(401);
    const listed = await callRoute(listRoute, { token: byDefault.token });
    expect((listed.json as { tokens: IssuedToken[] }).tokens.map((t) => t.name)).toEqual(["forever", "api"]);
  });

  it("write lastUsedAt when used, at most once a minute", async () => {
    const { members } = await createProject(["owner"]);
    const token = await tokenOf(members.owner);
    const row = () => testDb().apiToken.findFirstOrThrow({ where: { userId: members.owner.userId } });
    expect((await row()).lastUsedAt).toBeNull();
    await callRoute(projectsRoute, { token });
    const first = (await row()).lastUsedAt!;
    expect(Date.now() - first.getTime()).toBeLessThan(60_000);
    await Promise.all(Array.from({ length: 5 }, () => callRoute(projectsRoute, { token })));
    expect((await row()).lastUsedAt).toEqual(first);
    // A minute later the next request writes it again.
    await testDb().apiToken.updateMany({ where: { userId: members.owner.userId }, data: { lastUsedAt: new Date(first.getTime() - 61_000) } });
    await callRoute(projectsRoute, { token });
    expect((await row()).lastUsedAt!.getTime()).toBeGreaterThan(first.getTime() - 1000);
  });

  it("are revoked by their owner only, audited; a revoked token is refused at once", async () => {
    const { members } = await createProject(["owner", "researcher"]);
    const ownerToken = await tokenOf(members.owner);
    const notebook = await issue(ownerToken, { name: "notebook" });
    const other = await tokenOf(members.researcher);
    expect((await callRoute(revokeRoute, { token: other, params: { tokenId: notebook.id } })).status).toBe(404);
    expect((await callRoute(projectsRoute, { token: notebook.token })).status).toBe(200);

    expect((await callRoute(revokeRoute, { token: ownerToken, params: { tokenId: notebook.id } })).status).toBe(204);
    expect((await callRoute(projectsRoute, { token: notebook.token })).status).toBe(401);
    expect((await callRoute(revokeRoute, { token: ownerToken, params: { tokenId: notebook.id } })).status).toBe(404);
    expect(await testDb().auditEvent.findFirst({ where: { objectType: "ApiToken", objectId: notebook.id, action: "api_token.revoke" } })).toMatchObject({
      actorId: members.owner.userId,
    });
    const listed = (await callRoute(listRoute, { token: ownerToken })).json as { tokens: IssuedToken[] };
    expect(listed.tokens.map((t) => t.id)).not.toContain(notebook.id);
  });
});
