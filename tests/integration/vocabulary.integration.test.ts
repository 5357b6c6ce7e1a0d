import { describe, expect, it } from "vitest";
import { testDb } from "./factories";
import { runQueuedJob } from "./job-runner";
import { reviewProject, type ReviewProject } from "./review-factories";
import { callRoute, route, tokenOf } from "./route-client";

const listRoute = route("get", "/api/v1/projects/{projectId}/properties");
const createRoute = route("post", "/api/v1/projects/{projectId}/properties");
const updateRoute = route("patch", "/api/v1/properties/{propertyId}");
const archiveRoute = route("post", "/api/v1/properties/{propertyId}/archive");
const restoreRoute = route("delete", "/api/v1/properties/{propertyId}/archive");
const createClaimRoute = route("post", "/api/v1/projects/{projectId}/claims");
const updateClaimRoute = route("patch", "/api/v1/claims/{claimId}");
const listClaimsRoute = route("get", "/api/v1/projects/{projectId}/claims");

type PropertyJson = { property: { id: string; claimCount: number; archivedAt: string | null; valueType: string; label: string } };

function resultClaim(setup: ReviewProject, victorId: string, propertyId = setup.vocabulary.result.id) {
  return { subjectId: setup.vocabulary.battle.id, propertyId, value: { type: "entity", entityId: victorId }, attribution: [{ role: "origin", entityId: setup.vocabulary.acled.id }], evidenceAnnotationIds: [setup.span.id] };
}

describe("the vocabulary", () => {
  it("an owner adds a property; a taken or malformed key and every other role are refused; the list counts claims", async () => {
    const setup = await reviewProject();
    const owner = await tokenOf(setup.members.owner);
    const params = { projectId: setup.project.id };
    const created = await callRoute(createRoute, { token: owner, params, body: { key: "displaced", label: "Displaced people", valueType: "quantity" } });
    expect(created).toMatchObject({ status: 201, json: { property: { key: "displaced", isSingleValued: true, description: "", archivedAt: null, claimCount: 0 } } });
    expect(await callRoute(createRoute, { token: owner, params, body: { key: "displaced", label: "Again", valueType: "text" } })).toMatchObject({
      status: 409,
      json: { error: { code: "duplicate", message: expect.stringContaining("Displaced people") } },
    });
    const malformed = await callRoute(createRoute, { token: owner, params, body: { key: "Displaced People", label: "X", valueType: "text" } });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.json)).toContain("lowercase letters");
    for (const who of ["reviewer", "researcher", "viewer"] as const) {
      const response = await callRoute(createRoute, { token: await tokenOf(setup.members[who]), params, body: { key: `k_${who}`, label: "X", valueType: "text" } });
      expect(response.status).toBe(403);
    }
    expect((await callRoute(createRoute, { token: await tokenOf(setup.outsider), params, body: { key: "k_out", label: "X", valueType: "text" } })).status).toBe(404);

    expect((await callRoute(createClaimRoute, { token: owner, params, body: resultClaim(setup, setup.vocabulary.msaJnim.id) })).status).toBe(201);
    const listed = await callRoute(listRoute, { token: await tokenOf(setup.members.viewer), params });
    const byKey = Object.fromEntries((listed.json as { properties: { key: string; claimCount: number }[] }).properties.map((p) => [p.key, p.claimCount]));
    expect(byKey).toMatchObject({ result: 1, displaced: 0, casualties: 0 });
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { projectId: setup.project.id, action: "property.create" } });
    expect(audit).toMatchObject({ actorId: setup.members.owner.userId, after: { key: "displaced", label: "Displaced people", valueType: "quantity" } });
  });

  it("a property in use keeps its value type (409 in words); an unused one changes; the key never does; a new label reaches search", async () => {
    const setup = await reviewProject();
    const owner = await tokenOf(setup.members.owner);
    const { result, civilianDeaths } = setup.vocabulary;
    await callRoute(createClaimRoute, { token: owner, params: { projectId: setup.project.id }, body: resultClaim(setup, setup.vocabulary.msaJnim.id) });

    const inUse = await callRoute(updateRoute, { token: owner, params: { propertyId: result.id }, body: { valueType: "text" } });
    expect(inUse).toMatchObject({ status: 409, json: { error: { code: "property_in_use", message: expect.stringContaining("used by 1 claim") } } });
    expect((await testDb().property.findUniqueOrThrow({ where: { id: result.id } })).valueType).toBe("entity");

    const unused = await callRoute(updateRoute, { token: owner, params: { propertyId: civilianDeaths.id }, body: { valueType: "text", description: "Free text for now" } });
    expect(unused).toMatchObject({ status: 200, json: { property: { valueType: "text", description: "Free text for now" } } });
    const keyChange = await callRoute(updateRoute, { token: owner, params: { propertyId: civilianDeaths.id }, body: { key: "renamed" } });
    expect(keyChange.status).toBe(400);
    expect(JSON.stringify(keyChange.json)).toContain("key is fixed");

    const renamed = await callRoute(updateRoute, { token: owner, params: { propertyId: result.id }, body: { label: "Outcome of the battle" } });
    expect((renamed.json as PropertyJson).property.label).toBe("Outcome of the battle");
    const found = await callRoute(listClaimsRoute, { token: owner, params: { projectId: setup.project.id }, query: { q: "outcome" } });
    expect((found.json as { claims: unknown[] }).claims).toHaveLength(1);

    const events = await testDb().auditEvent.findMany({ where: { objectType: "Property", objectId: { in: [result.id, civilianDeaths.id] } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ["property.update", { valueType: "quantity", description: "" }, { valueType: "text", description: "Free text for now" }],
      ["property.update", { label: "Result" }, { label: "Outcome of the battle" }],
    ]);
  });

  it("an archived property stays on its claims and is refused to new ones until it is restored; both audited", async () => {
    const setup = await reviewProject();
    const owner = await tokenOf(setup.members.owner);
    const params = { projectId: setup.project.id };
    const { result } = setup.vocabulary;
    const existing = await callRoute(createClaimRoute, { token: owner, params, body: resultClaim(setup, setup.vocabulary.msaJnim.id) });
    const claim = (existing.json as { claim: { id: string; version: number } }).claim;

    const archived = await callRoute(archiveRoute, { token: owner, params: { propertyId: result.id } });
    expect((archived.json as PropertyJson).property).toMatchObject({ archivedAt: expect.any(String), claimCount: 1 });
    const refused = await callRoute(createClaimRoute, { token: owner, params, body: resultClaim(setup, setup.vocabulary.isgs.id) });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.json)).toContain("Result is archived");
    const kept = await callRoute(updateClaimRoute, { token: owner, params: { claimId: claim.id }, body: { version: claim.version, note: "Still about the result" } });
    expect(kept.status).toBe(200);
    expect((await callRoute(archiveRoute, { token: await tokenOf(setup.members.reviewer), params: { propertyId: result.id } })).status).toBe(403);

    const restored = await callRoute(restoreRoute, { token: owner, params: { propertyId: result.id } });
    expect((restored.json as PropertyJson).property.archivedAt).toBeNull();
    expect((await callRoute(createClaimRoute, { token: owner, params, body: resultClaim(setup, setup.vocabulary.isgs.id) })).status).toBe(201);
    const events = await testDb().auditEvent.findMany({ where: { objectType: "Property", objectId: result.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["property.archive", "property.restore"]);
  });

  it("making a property several-valued closes the conflicts that only its being single-valued made", async () => {
    const setup = await reviewProject();
    const owner = await tokenOf(setup.members.owner);
    const params = { projectId: setup.project.id };
    await callRoute(createClaimRoute, { token: owner, params, body: resultClaim(setup, setup.vocabulary.msaJnim.id) });
    await callRoute(createClaimRoute, { token: owner, params, body: resultClaim(setup, setup.vocabulary.isgs.id) });
    const open = () => testDb().conflict.count({ where: { projectId: setup.project.id, status: "open" } });
    expect(await open()).toBe(1);
    // The change queues a recomputation in its own transaction; a worker runs it.
    const changeCardinality = async (isSingleValued: boolean) => {
      await callRoute(updateRoute, { token: owner, params: { propertyId: setup.vocabulary.result.id }, body: { isSingleValued } });
      const job = await testDb().job.findFirstOrThrow({ where: { projectId: setup.project.id, kind: "recompute", status: "queued" } });
      await runQueuedJob(job.id);
    };
    await changeCardinality(false);
    expect(await open()).toBe(0);
    await changeCardinality(true);
    expect(await open()).toBe(1);
  });
});
