import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS, throttleKeys } from "@/lib/server/auth/sign-in-throttle";
import { createUser, freshAddress, testDb } from "./factories";
import { callRoute, route } from "./route-client";

const tokenRoute = route("post", "/api/v1/auth/token");
const PASSWORD = "the right password";

function signIn(email: string, password: string, address: string) {
  return callRoute(tokenRoute, { body: { email, password }, headers: { "x-forwarded-for": address } });
}

async function throttleRow(key: string) {
  return testDb().signInThrottle.findUniqueOrThrow({ where: { key } });
}

describe("sign-in limits", () => {
  it("31 parallel wrong passwords from one address reach exactly the free password checks; the owner elsewhere still signs in", async () => {
    const user = await createUser({ password: PASSWORD });
    const attacker = freshAddress();
    const statuses = await Promise.all(Array.from({ length: 31 }, () => signIn(user.email, "a guess", attacker).then((r) => r.status)));
    expect(statuses.filter((s) => s === 401)).toHaveLength(SIGN_IN_LIMITS["account-address"].free);
    expect(statuses.filter((s) => s === 429)).toHaveLength(31 - SIGN_IN_LIMITS["account-address"].free);

    const refused = await signIn(user.email, PASSWORD, attacker);
    expect(refused.status).toBe(429);
    expect(refused.json).toMatchObject({ error: { code: "rate_limited", message: expect.stringMatching(/Try again in \d+ seconds?/) } });
    expect((await signIn(user.email, PASSWORD, freshAddress())).status).toBe(201);
  });

  it("limits one address across many emails", async () => {
    const address = freshAddress();
    const statuses = [];
    for (let i = 0; i < SIGN_IN_LIMITS.address.free + 5; i++) statuses.push((await signIn(`nobody-${i}-${randomUUID()}@example.test`, "x", address)).status);
    expect(statuses.slice(0, SIGN_IN_LIMITS.address.free).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(SIGN_IN_LIMITS.address.free).every((s) => s === 429)).toBe(true);
  });

  it("backs off exponentially instead of locking out: once the wait has passed, one more attempt, then twice the wait", async () => {
    const user = await createUser({ password: PASSWORD });
    const address = freshAddress();
    const key = throttleKeys(user.email, address)["account-address"];
    for (let i = 0; i < SIGN_IN_LIMITS["account-address"].free; i++) expect((await signIn(user.email, "a guess", address)).status).toBe(401);
    const waits: number[] = [];
    for (let round = 0; round < 3; round++) {
      const row = await throttleRow(key);
      waits.push(Math.round((row.retryAt!.getTime() - row.lastAttemptAt.getTime()) / 1000));
      expect((await signIn(user.email, "a guess", address)).status).toBe(429);
      // The wait passes.
      await testDb().signInThrottle.update({ where: { key }, data: { retryAt: new Date(Date.now() - 1000) } });
      expect((await signIn(user.email, "a guess", address)).status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4]);
    await testDb().signInThrottle.update({ where: { key }, data: { retryAt: new Date(Date.now() - 1000) } });
    expect((await signIn(user.email, PASSWORD, address)).status).toBe(201);
    // Success starts this account afresh from this address.
    expect(await testDb().signInThrottle.findUnique({ where: { key } })).toBeNull();
  });
});
