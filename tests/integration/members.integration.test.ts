import { describe, expect, it } from "vitest";
import { createProject, testDb } from "./factories";
import { callRoute, route, tokenOf } from "./route-client";

const listRoute = route("get", "/api/v1/projects/{projectId}/members");
const changeRoute = route("patch", "/api/v1/projects/{projectId}/members/{userId}");
const removeRoute = route("delete", "/api/v1/projects/{projectId}/members/{userId}");
const sourcesRoute = route("get", "/api/v1/projects/{projectId}/sources");

describe("project members", () => {
  it("an owner changes a role and removes a member, who loses the project at once, API token included; both are audited", async () => {
    const { project, members } = await createProject(["owner", "researcher", "viewer"]);
    const [owner, researcher, viewer] = await Promise.all([tokenOf(members.owner), tokenOf(members.researcher), tokenOf(members.viewer)]);
    const params = (userId: string) => ({ projectId: project.id, userId });

    const listed = await callRoute(listRoute, { token: viewer, params: { projectId: project.id } });
    expect((listed.json as { members: { role: string }[] }).members.map((m) => m.role)).toEqual(["owner", "researcher", "viewer"]);

    expect((await callRoute(changeRoute, { token: researcher, params: params(members.viewer.userId), body: { role: "owner" } })).status).toBe(403);
    const promoted = await callRoute(changeRoute, { token: owner, params: params(members.researcher.userId), body: { role: "reviewer" } });
    expect(promoted).toMatchObject({ status: 200, json: { member: { userId: members.researcher.userId, role: "reviewer" } } });

    expect((await callRoute(sourcesRoute, { token: viewer, params: { projectId: project.id } })).status).toBe(200);
    expect((await callRoute(removeRoute, { token: owner, params: params(members.viewer.userId) })).status).toBe(204);
    expect((await callRoute(sourcesRoute, { token: viewer, params: { projectId: project.id } })).status).toBe(404);

    const events = await testDb().auditEvent.findMany({ where: { projectId: project.id, objectType: "Membership" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["membership.update", members.owner.userId],
      ["membership.delete", members.owner.userId],
    ]);
  });

  it("the last owner can be neither demoted nor removed, even by two owners at once", async () => {
    const { project, members } = await createProject(["owner"]);
    const owner = await tokenOf(members.owner);
    const self = { projectId: project.id, userId: members.owner.userId };
    expect(await callRoute(changeRoute, { token: owner, params: self, body: { role: "reviewer" } })).toMatchObject({ status: 409, json: { error: { code: "last_owner" } } });
    expect(await callRoute(removeRoute, { token: owner, params: self })).toMatchObject({ status: 409, json: { error: { code: "last_owner" } } });

    // Two owners demote each other at the same moment: one succeeds; the other, no longer an owner, is refused.
    const { members: second } = await createProject(["owner"]);
    await testDb().membership.create({ data: { projectId: project.id, userId: second.owner.userId, role: "owner" } });
    const other = await tokenOf(second.owner);
    const results = await Promise.all([
      callRoute(changeRoute, { token: owner, params: { projectId: project.id, userId: second.owner.userId }, body: { role: "viewer" } }),
      callRoute(changeRoute, { token: other, params: self, body: { role: "viewer" } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 403]);
    expect(await testDb().membership.count({ where: { projectId: project.id, role: "owner" } })).toBe(1);
  });
});
