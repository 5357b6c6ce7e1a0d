import { describe, expect, it } from "vitest";
import { createProject, testDb } from "./factories";
import { callRoute, route, tokenOf } from "./route-client";

const updateRoute = route("patch", "/api/v1/projects/{projectId}");

describe("project settings", () => {
  it("an owner changes only what they name; nothing changed writes nothing; a new threshold recomputes the conflicts", async () => {
    const { project, members } = await createProject(["owner", "reviewer"]);
    const [owner, reviewer] = await Promise.all([tokenOf(members.owner), tokenOf(members.reviewer)]);
    const params = { projectId: project.id };
    expect((await callRoute(updateRoute, { token: reviewer, params, body: { name: "Taken over" } })).status).toBe(403);

    const renamed = await callRoute(updateRoute, { token: owner, params, body: { name: "Sahel monitoring", requiredApprovals: 2 } });
    expect(renamed).toMatchObject({ status: 200, json: { project: { name: "Sahel monitoring", requiredApprovals: 2, description: project.description } } });
    const same = await callRoute(updateRoute, { token: owner, params, body: { name: "Sahel monitoring" } });
    expect(same.status).toBe(200);
    const threshold = await callRoute(updateRoute, { token: owner, params, body: { divergenceThreshold: 0.35 } });
    expect(threshold.json).toMatchObject({ project: { divergenceThreshold: 0.35 }, recomputeJob: { status: "queued" } });
    const { recomputeJob } = threshold.json as { recomputeJob: { id: string } };
    expect(await testDb().job.findUniqueOrThrow({ where: { id: recomputeJob.id } })).toMatchObject({ kind: "recompute", projectId: project.id, input: { reason: "divergence_threshold" } });
    expect((renamed.json as Record<string, unknown>).recomputeJob).toBeUndefined();

    const events = await testDb().auditEvent.findMany({ where: { projectId: project.id, action: "project.update" }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ before: { name: "Test project", requiredApprovals: 1 }, after: { name: "Sahel monitoring", requiredApprovals: 2 } });
    expect(events[1]).toMatchObject({ after: { divergenceThreshold: 0.35, recomputeJobId: recomputeJob.id } });
    expect((await callRoute(updateRoute, { token: owner, params, body: { requiredApprovals: 3 } })).status).toBe(400);
  });
});
