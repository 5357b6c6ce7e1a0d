import { randomUUID } from "node:crypto";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { createUser, createProject, testDb } from "./factories";
import { callRoute, route, tokenOf } from "./route-client";

const inviteRoute = route("post", "/api/v1/projects/{projectId}/invitations");
const pendingRoute = route("get", "/api/v1/projects/{projectId}/invitations");
const withdrawRoute = route("delete", "/api/v1/projects/{projectId}/invitations/{invitationId}");
const acceptRoute = route("post", "/api/v1/invitations/accept");
const signInRoute = route("post", "/api/v1/auth/token");
const projectsRoute = route("get", "/api/v1/projects");

const PASSWORD = "a long new password";
const freshEmail = () => `invitee-${randomUUID().slice(0, 8)}@example.test`;

interface Issued {
  id: string;
  email: string;
  role: string;
  url: string;
  token: string;
  expiresAt: string;
  mailed: boolean;
}

async function invite(ownerToken: string, projectId: string, email: string, role = "reviewer") {
  const response = await callRoute(inviteRoute, { token: ownerToken, params: { projectId }, body: { email, role } });
  expect(response.status).toBe(201);
  return (response.json as { invitation: Issued }).invitation;
}

afterEach(() => {
  delete process.env.SMTP_URL;
});

describe("invitations", () => {
  it("a person without an account accepts a link with a name and a password, signs in and has the project with the invited role; all audited", async () => {
    const { project, members } = await createProject(["owner"]);
    const owner = await tokenOf(members.owner);
    const email = freshEmail();
    const invitation = await invite(owner, project.id, `  ${email.toUpperCase()} `, "reviewer");
    expect(invitation).toMatchObject({ email, role: "reviewer", mailed: false });
    expect(invitation.url).toBe(`http://localhost/invitations/${invitation.token}`);
    const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    // Only the hash is kept.
    const stored = await testDb().invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(JSON.stringify(stored)).not.toContain(invitation.token);

    const accepted = await callRoute(acceptRoute, { body: { token: invitation.token, name: "Ines Invitee", password: PASSWORD } });
    expect(accepted).toMatchObject({ status: 201, json: { project: { id: project.id, slug: project.slug }, member: { email, name: "Ines Invitee", role: "reviewer" } } });
    expect(JSON.stringify(accepted.json)).not.toContain("sessionVersion");

    const signedIn = await callRoute(signInRoute, { body: { email, password: PASSWORD } });
    expect(signedIn.status).toBe(201);
    const listed = await callRoute(projectsRoute, { token: (signedIn.json as { token: string }).token });
    expect((listed.json as { projects: unknown[] }).projects).toEqual([expect.objectContaining({ id: project.id, role: "reviewer" })]);

    const events = await testDb().auditEvent.findMany({ where: { OR: [{ projectId: project.id }, { objectId: (accepted.json as { member: { userId: string } }).member.userId }] }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["invitation.create", "user.create", "invitation.accept", "membership.create"]);
    expect(JSON.stringify(events.map((e) => [e.before, e.after]))).not.toContain(invitation.token);
  });

  it("a link works once: a second use, a withdrawn link and an expired one answer 410 in words, an unknown one 404, and nothing changes", async () => {
    const { project, members } = await createProject(["owner"]);
    const owner = await tokenOf(members.owner);
    const used = await invite(owner, project.id, freshEmail());
    expect((await callRoute(acceptRoute, { body: { token: used.token, name: "First", password: PASSWORD } })).status).toBe(201);
    const again = await callRoute(acceptRoute, { body: { token: used.token, name: "Second", password: PASSWORD } });
    expect(again).toMatchObject({ status: 410, json: { error: { code: "invitation_accepted", message: expect.stringContaining("already been used") } } });

    const withdrawn = await invite(owner, project.id, freshEmail());
    expect((await callRoute(withdrawRoute, { token: owner, params: { projectId: project.id, invitationId: withdrawn.id } })).status).toBe(204);
    expect(await callRoute(acceptRoute, { body: { token: withdrawn.token, name: "Late", password: PASSWORD } })).toMatchObject({
      status: 410,
      json: { error: { code: "invitation_revoked", message: expect.stringContaining("withdrawn") } },
    });

    const expired = await invite(owner, project.id, freshEmail());
    await testDb().invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await callRoute(acceptRoute, { body: { token: expired.token, name: "Later", password: PASSWORD } })).toMatchObject({
      status: 410,
      json: { error: { code: "invitation_expired", message: expect.stringContaining("expired") } },
    });

    expect((await callRoute(acceptRoute, { body: { token: "not-a-token", name: "Guess", password: PASSWORD } })).status).toBe(404);
    expect(await testDb().membership.count({ where: { projectId: project.id } })).toBe(2);
    expect(await testDb().user.count({ where: { email: { in: [withdrawn.email, expired.email] } } })).toBe(0);

    // A used link cannot be withdrawn; the pending list holds none of them.
    expect(await callRoute(withdrawRoute, { token: owner, params: { projectId: project.id, invitationId: used.id } })).toMatchObject({ status: 409, json: { error: { code: "invitation_accepted" } } });
    expect(await callRoute(pendingRoute, { token: owner, params: { projectId: project.id } })).toMatchObject({ status: 200, json: { invitations: [] } });
  });

  it("two people using one link at once: exactly one gets in", async () => {
    const { project, members } = await createProject(["owner"]);
    const invitation = await invite(await tokenOf(members.owner), project.id, freshEmail());
    const results = await Promise.all(
      ["A", "B", "C"].map((name) => callRoute(acceptRoute, { body: { token: invitation.token, name, password: PASSWORD } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 410, 410]);
    expect(await testDb().user.count({ where: { email: invitation.email } })).toBe(1);

    // The same with an account, which has no password to hash first: the requests meet in the database.
    const invitee = await createUser();
    const forAccount = await invite(await tokenOf(members.owner), project.id, invitee.email);
    const token = await tokenOf(invitee);
    const signedIn = await Promise.all([1, 2, 3, 4].map(() => callRoute(acceptRoute, { token, body: { token: forAccount.token } })));
    expect(signedIn.map((r) => r.status).sort()).toEqual([201, 410, 410, 410]);
  });

  it("an existing account accepts signed in as the invited address; another account and a new-account attempt are refused in words", async () => {
    const { project, members } = await createProject(["owner", "viewer"]);
    const owner = await tokenOf(members.owner);
    const invitee = await createUser({ name: "Existing Person" });
    const invitation = await invite(owner, project.id, invitee.email, "researcher");

    const noSession = await callRoute(acceptRoute, { body: { token: invitation.token, name: "Impostor", password: PASSWORD } });
    expect(noSession).toMatchObject({ status: 409, json: { error: { code: "account_exists", message: expect.stringContaining("sign in") } } });
    const someoneElse = await callRoute(acceptRoute, { token: await tokenOf(members.viewer), body: { token: invitation.token } });
    expect(someoneElse).toMatchObject({ status: 403, json: { error: { code: "wrong_account", message: expect.stringContaining(invitee.email) } } });
    const missing = await callRoute(acceptRoute, { body: { token: invitation.token } });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.json)).toContain("password");

    const accepted = await callRoute(acceptRoute, { token: await tokenOf(invitee), body: { token: invitation.token } });
    expect(accepted).toMatchObject({ status: 201, json: { member: { userId: invitee.userId, role: "researcher" } } });
    const user = await testDb().user.findUniqueOrThrow({ where: { id: invitee.userId } });
    expect(user.name).toBe("Existing Person");
  });

  it("inviting a member is refused; inviting an address again withdraws its earlier link; only owners invite, list and withdraw", async () => {
    const { project, members } = await createProject(["owner", "reviewer"]);
    const owner = await tokenOf(members.owner);
    expect(await callRoute(inviteRoute, { token: owner, params: { projectId: project.id }, body: { email: members.reviewer.email, role: "viewer" } })).toMatchObject({
      status: 409,
      json: { error: { code: "already_member" } },
    });
    const email = freshEmail();
    const first = await invite(owner, project.id, email, "viewer");
    const second = await invite(owner, project.id, email, "researcher");
    expect((await callRoute(acceptRoute, { body: { token: first.token, name: "X", password: PASSWORD } })).status).toBe(410);
    const pending = await callRoute(pendingRoute, { token: owner, params: { projectId: project.id } });
    expect((pending.json as { invitations: { id: string; role: string }[] }).invitations).toEqual([expect.objectContaining({ id: second.id, role: "researcher", invitedBy: "owner user" })]);

    const reviewer = await tokenOf(members.reviewer);
    expect((await callRoute(inviteRoute, { token: reviewer, params: { projectId: project.id }, body: { email: freshEmail(), role: "owner" } })).status).toBe(403);
    expect((await callRoute(pendingRoute, { token: reviewer, params: { projectId: project.id } })).status).toBe(403);
    expect((await callRoute(withdrawRoute, { token: reviewer, params: { projectId: project.id, invitationId: second.id } })).status).toBe(403);
    expect((await callRoute(inviteRoute, { token: owner, params: { projectId: project.id }, body: { email: "not an address", role: "viewer" } })).status).toBe(400);
  });

  it("with SMTP_URL set, the link is also mailed to the invited address", async () => {
    const received: { to: string; body: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let body = "";
        stream.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), body });
          callback();
        });
      },
    });
    server.listen(0, "127.0.0.1");
    await once(server.server, "listening");
    try {
      process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
      const { project, members } = await createProject(["owner"]);
      const email = freshEmail();
      const invitation = await invite(await tokenOf(members.owner), project.id, email);
      expect(invitation.mailed).toBe(true);
      expect(received).toHaveLength(1);
      expect(received[0]!.to).toBe(email);
      expect(received[0]!.body.replace(/=\r?\n/g, "")).toContain(invitation.token);

      // A mail server that is down does not lose the invitation: the link is still in the answer.
      server.close();
      process.env.SMTP_URL = "smtp://127.0.0.1:9";
      const offline = await invite(await tokenOf(members.owner), project.id, freshEmail());
      expect(offline.mailed).toBe(false);
      expect((await callRoute(acceptRoute, { body: { token: offline.token, name: "Offline", password: PASSWORD } })).status).toBe(201);
    } finally {
      server.close();
    }
  });
});
