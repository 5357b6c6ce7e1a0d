import { describe, expect, it } from "vitest";
import { addMember } from "@/lib/server/projects/add-member";
import { getProjectBySlug } from "@/lib/server/projects/get-project";
import { listProjects } from "@/lib/server/projects/list-projects";
import { getSource } from "@/lib/server/sources/get-source";
import { listSources } from "@/lib/server/sources/list-sources";
import { createProject, createSource, createUser, testDb } from "./factories";

describe("project access", () => {
  it("lists only the caller's projects, with the caller's role", async () => {
    const { project, members } = await createProject(["owner", "viewer"]);
    await createProject(["owner"]);
    const projects = await listProjects(testDb(), members.viewer);
    expect(projects).toEqual([expect.objectContaining({ id: project.id, role: "viewer" })]);
  });

  it("answers 404 to non-members, so project and source ids cannot be probed", async () => {
    const { project, members } = await createProject(["owner"]);
    const { source } = await createSource(members.owner, project.id);
    const outsider = await createUser();
    await expect(getProjectBySlug(testDb(), outsider, project.slug)).rejects.toMatchObject({ status: 404 });
    await expect(listSources(testDb(), outsider, project.id)).rejects.toMatchObject({ status: 404 });
    await expect(getSource(testDb(), outsider, source.id)).rejects.toMatchObject({ status: 404 });
  });

  it("lets an owner add a member with a role, audited", async () => {
    const { project, members } = await createProject(["owner"]);
    const newcomer = await createUser({ name: "Newcomer" });
    const added = await addMember(testDb(), members.owner, project.id, { email: newcomer.email, role: "reviewer" });
    expect(added).toMatchObject({ userId: newcomer.userId, role: "reviewer" });
    expect(await listProjects(testDb(), newcomer)).toEqual([expect.objectContaining({ role: "reviewer" })]);
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { projectId: project.id, action: "membership.create" } });
    expect(audit.actorId).toBe(members.owner.userId);
    await expect(
      addMember(testDb(), members.owner, project.id, { email: newcomer.email, role: "viewer" }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("refuses member management to every role but owner", async () => {
    const { project, members } = await createProject(["reviewer", "researcher", "viewer"]);
    const newcomer = await createUser();
    for (const actor of Object.values(members)) {
      await expect(addMember(testDb(), actor, project.id, { email: newcomer.email, role: "viewer" })).rejects.toMatchObject({
        status: 403,
      });
    }
    expect(await testDb().membership.count({ where: { userId: newcomer.userId } })).toBe(0);
  });
});
