import { describe, expect, it } from "vitest";
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
});
