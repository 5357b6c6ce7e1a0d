import { describe, expect, it } from "vitest";
import { actorFromToken, createApiToken } from "@/lib/server/auth/api-tokens";
import { changePassword } from "@/lib/server/auth/change-password";
import { setUserDisabled } from "@/lib/server/auth/disable-user";
import { revokeSessions } from "@/lib/server/auth/revoke-sessions";
import { actorFromSessionClaims } from "@/lib/server/auth/session-check";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { createUser, testDb } from "./factories";

const ADDRESS = "192.0.2.10";

describe("sign-in", () => {
  it("accepts the right password, case-insensitively for the email", async () => {
    const user = await createUser({ password: "s3cret-pass" });
    const verified = await verifyCredentials(testDb(), { email: user.email.toUpperCase(), password: "s3cret-pass" }, ADDRESS);
    expect(verified.userId).toBe(user.userId);
  });

  it("refuses a wrong password with a clear message", async () => {
    const user = await createUser();
    await expect(verifyCredentials(testDb(), { email: user.email, password: "nope" }, ADDRESS)).rejects.toMatchObject({
      status: 401,
      message: "Wrong email or password.",
    });
  });

  it("refuses disabled accounts", async () => {
    const user = await createUser({ password: "pw-disabled" });
    await testDb().user.update({ where: { id: user.userId }, data: { isDisabled: true } });
    await expect(verifyCredentials(testDb(), { email: user.email, password: "pw-disabled" }, ADDRESS)).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining("disabled"),
    });
  });

  it("says an account is disabled only to someone who knows its password", async () => {
    const user = await createUser({ password: "pw-disabled" });
    await testDb().user.update({ where: { id: user.userId }, data: { isDisabled: true } });
    await expect(verifyCredentials(testDb(), { email: user.email, password: "a guess" }, ADDRESS)).rejects.toMatchObject({ message: "Wrong email or password." });
  });

  it("an unknown email is refused with the same words as a wrong password", async () => {
    await expect(verifyCredentials(testDb(), { email: "nobody@nowhere.test", password: "a guess" }, ADDRESS)).rejects.toMatchObject({
      status: 401,
      message: "Wrong email or password.",
    });
  });
});

describe("revocation", () => {
  it("stores only the token's hash and resolves the token to its user", async () => {
    const user = await createUser();
    const token = (await createApiToken(testDb(), { ...user, sessionVersion: 0 })).token;
    const stored = await testDb().apiToken.findFirstOrThrow({ where: { userId: user.userId } });
    expect(stored.tokenHash).not.toContain(token);
    expect(await actorFromToken(testDb(), token)).toMatchObject({ userId: user.userId });
    expect(await actorFromToken(testDb(), token + "x")).toBeNull();
  });

  it("ends sessions and tokens at once when the user signs out", async () => {
    const user = await createUser();
    const token = (await createApiToken(testDb(), { ...user, sessionVersion: 0 })).token;
    const claims = { userId: user.userId, sessionVersion: 0 };
    expect(await actorFromSessionClaims(testDb(), claims)).not.toBeNull();
    await revokeSessions(testDb(), user, "sign_out");
    expect(await actorFromSessionClaims(testDb(), claims)).toBeNull();
    expect(await actorFromToken(testDb(), token)).toBeNull();
    const audit = await testDb().auditEvent.findFirst({ where: { objectId: user.userId, action: "user.sessions_revoked" } });
    expect(audit?.after).toEqual({ reason: "sign_out" });
  });

  it("ends sessions and tokens when the account is disabled", async () => {
    const user = await createUser();
    const token = (await createApiToken(testDb(), { ...user, sessionVersion: 0 })).token;
    await testDb().user.update({ where: { id: user.userId }, data: { isDisabled: true } });
    expect(await actorFromSessionClaims(testDb(), { userId: user.userId, sessionVersion: 0 })).toBeNull();
    expect(await actorFromToken(testDb(), token)).toBeNull();
  });
});

describe("password change and disabling", () => {
  it("a password change needs the current password and ends every session and token", async () => {
    const user = await createUser({ password: "old-password-123" });
    const token = (await createApiToken(testDb(), { ...user, sessionVersion: 0 })).token;
    await expect(
      changePassword(testDb(), user, { currentPassword: "not-it", newPassword: "new-password-456" }),
    ).rejects.toMatchObject({ status: 401 });
    expect(await actorFromToken(testDb(), token)).not.toBeNull();

    await changePassword(testDb(), user, { currentPassword: "old-password-123", newPassword: "new-password-456" });
    expect(await actorFromToken(testDb(), token)).toBeNull();
    expect(await actorFromSessionClaims(testDb(), { userId: user.userId, sessionVersion: 0 })).toBeNull();
    await expect(verifyCredentials(testDb(), { email: user.email, password: "old-password-123" }, ADDRESS)).rejects.toMatchObject({ status: 401 });
    await expect(verifyCredentials(testDb(), { email: user.email, password: "new-password-456" }, ADDRESS)).resolves.toMatchObject({ userId: user.userId });
  });

  it("disabling a user ends their sessions and tokens and refuses sign-in; enabling lets them back", async () => {
    const user = await createUser({ password: "pw-to-disable-1" });
    const token = (await createApiToken(testDb(), { ...user, sessionVersion: 0 })).token;
    await setUserDisabled(testDb(), user.email.toUpperCase(), true);
    expect(await actorFromToken(testDb(), token)).toBeNull();
    expect(await actorFromSessionClaims(testDb(), { userId: user.userId, sessionVersion: 0 })).toBeNull();
    await expect(verifyCredentials(testDb(), { email: user.email, password: "pw-to-disable-1" }, ADDRESS)).rejects.toMatchObject({ status: 401 });
    await setUserDisabled(testDb(), user.email, false);
    await expect(verifyCredentials(testDb(), { email: user.email, password: "pw-to-disable-1" }, ADDRESS)).resolves.toMatchObject({ userId: user.userId });
    await expect(setUserDisabled(testDb(), "nobody@example.test", true)).rejects.toMatchObject({ status: 404 });
  });
});
