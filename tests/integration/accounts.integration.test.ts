import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { SIGN_UP_LIMIT } from "@/lib/server/auth/sign-in-throttle";
import { createUser, freshAddress, testDb } from "./factories";
import { callRoute, route, tokenOf } from "./route-client";

const listRoute = route("get", "/api/v1/admin/users");
const updateRoute = route("patch", "/api/v1/admin/users/{userId}");
const signUpRoute = route("post", "/api/v1/auth/sign-up");
const signInRoute = route("post", "/api/v1/auth/token");
const projectsRoute = route("get", "/api/v1/projects");

const PASSWORD = "a long new password";

async function createAdmin() {
  const admin = await createUser({ name: "Ada Admin" });
  await testDb().user.update({ where: { id: admin.userId }, data: { isAdmin: true } });
  return admin;
}

afterEach(() => {
  delete process.env.ALLOW_SIGNUP;
});

describe("instance administration", () => {
  it("an administrator lists accounts and disables one, whose tokens stop at once; enabling lets it sign in again; audited", async () => {
    const admin = await createAdmin();
    const adminToken = await tokenOf(admin);
    const user = await createUser({ password: PASSWORD });
    const userToken = await tokenOf(user);

    const listed = await callRoute(listRoute, { token: adminToken });
    expect((listed.json as { users: { id: string }[] }).users).toEqual(expect.arrayContaining([expect.objectContaining({ id: user.userId, isDisabled: false, projectCount: 0 })]));

    const disabled = await callRoute(updateRoute, { token: adminToken, params: { userId: user.userId }, body: { isDisabled: true } });
    expect(disabled).toMatchObject({ status: 200, json: { user: { id: user.userId, isDisabled: true } } });
    expect((await callRoute(projectsRoute, { token: userToken })).status).toBe(401);
    expect(await callRoute(signInRoute, { body: { email: user.email, password: PASSWORD }, headers: { "x-forwarded-for": freshAddress() } })).toMatchObject({
      status: 401,
      json: { error: { message: expect.stringContaining("disabled") } },
    });

    expect((await callRoute(updateRoute, { token: adminToken, params: { userId: user.userId }, body: { isDisabled: false } })).status).toBe(200);
    expect((await callRoute(signInRoute, { body: { email: user.email, password: PASSWORD }, headers: { "x-forwarded-for": freshAddress() } })).status).toBe(201);

    const events = await testDb().auditEvent.findMany({ where: { objectType: "User", objectId: user.userId }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["user.disable", admin.userId],
      ["user.sessions_revoked", admin.userId],
      ["user.enable", admin.userId],
    ]);
  });

  it("nobody but an administrator sees or changes accounts, and an administrator cannot disable themselves", async () => {
    const admin = await createAdmin();
    const someone = await createUser();
    const token = await tokenOf(someone);
    expect((await callRoute(listRoute, { token })).status).toBe(403);
    expect((await callRoute(updateRoute, { token, params: { userId: admin.userId }, body: { isDisabled: true } })).status).toBe(403);
    expect((await callRoute(updateRoute, { token: await tokenOf(admin), params: { userId: admin.userId }, body: { isDisabled: true } })).status).toBe(409);
    expect((await callRoute(updateRoute, { token: await tokenOf(admin), params: { userId: "no-such-user" }, body: { isDisabled: true } })).status).toBe(404);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: admin.userId } })).isDisabled).toBe(false);
  });
});

describe("sign-up", () => {
  const newAccount = () => ({ email: `new-${randomUUID().slice(0, 8)}@example.test`, name: "New Person", password: PASSWORD });

  it("is closed unless ALLOW_SIGNUP=true, in words, and creates nothing", async () => {
    const account = newAccount();
    const response = await callRoute(signUpRoute, { body: account, headers: { "x-forwarded-for": freshAddress() } });
    expect(response).toMatchObject({ status: 403, json: { error: { code: "sign_up_closed", message: expect.stringContaining("invitation-only") } } });
    expect(await testDb().user.count({ where: { email: account.email } })).toBe(0);
  });

  it("when open, creates an account that signs in; a taken address is refused; an address is slowed after a few", async () => {
    process.env.ALLOW_SIGNUP = "true";
    const address = freshAddress();
    const account = newAccount();
    const created = await callRoute(signUpRoute, { body: { ...account, email: account.email.toUpperCase() }, headers: { "x-forwarded-for": address } });
    expect(created).toMatchObject({ status: 201, json: { user: { email: account.email, name: "New Person" } } });
    expect((await callRoute(signInRoute, { body: { email: account.email, password: PASSWORD }, headers: { "x-forwarded-for": freshAddress() } })).status).toBe(201);
    expect(await callRoute(signUpRoute, { body: account, headers: { "x-forwarded-for": freshAddress() } })).toMatchObject({ status: 409, json: { error: { code: "account_exists" } } });
    const short = await callRoute(signUpRoute, { body: { ...newAccount(), password: "short" }, headers: { "x-forwarded-for": freshAddress() } });
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.json)).toContain("12 characters");

    // The address made one account above; it makes the rest of its free ones, then waits.
    const statuses = [];
    for (let i = 0; i < SIGN_UP_LIMIT.free + 1; i++) statuses.push((await callRoute(signUpRoute, { body: newAccount(), headers: { "x-forwarded-for": address } })).status);
    expect(statuses).toEqual([...Array(SIGN_UP_LIMIT.free - 1).fill(201), 429, 429]);
    expect(await callRoute(signUpRoute, { body: newAccount(), headers: { "x-forwarded-for": freshAddress() } })).toMatchObject({ status: 201 });
  });
});
