import { describe, expect, it } from "vitest";
import { annotatePhrase, createProject, createSource, createVocabulary, testDb } from "./factories";
import { callRoute, route, tokenOf } from "./route-client";

const merge = route("post", "/api/v1/entities/{entityId}/merge");
const createEntity = route("post", "/api/v1/projects/{projectId}/entities");

async function setup() {
  const { project, members } = await createProject(["owner"]);
  const token = await tokenOf(members.owner);
  const entity = async (name: string) => {
    const { json } = await callRoute(createEntity, { token, params: { projectId: project.id }, body: { name, kind: "armed_group" } });
    return (json as { entity: { id: string } }).entity.id;
  };
  return { project, members, token, entity };
}

describe("entity merges under concurrency", () => {
  it("one entity merged into ten targets at once: one merge wins, nine get 409, and its claims follow the winner", async () => {
    const { project, members, token, entity } = await setup();
    const v = await createVocabulary(project.id);
    const { source } = await createSource(members.owner, project.id);
    const merged = await entity("Sahel Province (dup)");
    const annotation = await annotatePhrase(members.owner, source.id, "4 (per MSA)");
    const created = await callRoute(route("post", "/api/v1/projects/{projectId}/claims"), {
      token,
      params: { projectId: project.id },
      body: { subjectId: merged, propertyId: v.casualties.id, value: { type: "quantity", kind: "exact", min: 4, max: 4 }, evidenceAnnotationIds: [annotation.id] },
    });
    expect(created.status).toBe(201);
    const targets = await Promise.all(Array.from({ length: 10 }, (_, i) => entity(`Target ${i}`)));

    const results = await Promise.all(targets.map((intoEntityId) => callRoute(merge, { token, params: { entityId: merged }, body: { intoEntityId } })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    const stored = await testDb().entity.findUniqueOrThrow({ where: { id: merged } });
    const claim = await testDb().claim.findFirstOrThrow({ where: { projectId: project.id } });
    expect(claim.subjectId).toBe(stored.mergedIntoId);
  });

  it("A into B and B into A at once: one merge lands, the other is refused, and no entity disappears", async () => {
    const { token, entity } = await setup();
    for (let round = 0; round < 5; round += 1) {
      const a = await entity(`A ${round}`);
      const b = await entity(`B ${round}`);
      const [ab, ba] = await Promise.all([
        callRoute(merge, { token, params: { entityId: a }, body: { intoEntityId: b } }),
        callRoute(merge, { token, params: { entityId: b }, body: { intoEntityId: a } }),
      ]);
      expect([ab.status, ba.status].sort()).toEqual([200, 409]);
      const rows = await testDb().entity.findMany({ where: { id: { in: [a, b] } } });
      expect(rows.filter((row) => row.mergedIntoId === null)).toHaveLength(1);
    }
  });

  it("a merge into an entity that was itself merged lands in the entity it was merged into", async () => {
    const { token, entity } = await setup();
    const [first, second, final] = [await entity("First"), await entity("Second"), await entity("Final")];
    expect((await callRoute(merge, { token, params: { entityId: second }, body: { intoEntityId: final } })).status).toBe(200);
    const result = await callRoute(merge, { token, params: { entityId: first }, body: { intoEntityId: second } });
    expect(result.status, JSON.stringify(result.json)).toBe(200);
    expect((await testDb().entity.findUniqueOrThrow({ where: { id: first } })).mergedIntoId).toBe(final);
  });
});
