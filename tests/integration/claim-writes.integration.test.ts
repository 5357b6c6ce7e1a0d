import { describe, expect, it } from "vitest";
import { annotatePhrase, createProject, createSource, createUser, createVocabulary, testDb } from "./factories";
import { callRoute, route, tokenOf } from "./route-client";

const createClaimRoute = route("post", "/api/v1/projects/{projectId}/claims");
const updateClaimRoute = route("patch", "/api/v1/claims/{claimId}");
const listClaimsRoute = route("get", "/api/v1/projects/{projectId}/claims");
const submitRoute = route("post", "/api/v1/claims/{claimId}/submit");
const reviewRoute = route("post", "/api/v1/claims/{claimId}/reviews");
const reviewStateRoute = route("get", "/api/v1/claims/{claimId}/reviews");
const updateEntityRoute = route("patch", "/api/v1/entities/{entityId}");
const mergeRoute = route("post", "/api/v1/entities/{entityId}/merge");
const unmergeRoute = route("delete", "/api/v1/entities/{entityId}/merge");

interface ClaimJson {
  id: string;
  version: number;
  status: string;
  subject: { id: string; name: string };
}

async function setup() {
  const { project, members } = await createProject(["owner", "reviewer", "researcher"]);
  const second = await createUser({ name: "second reviewer" });
  await testDb().membership.create({ data: { projectId: project.id, userId: second.userId, role: "reviewer" } });
  const tokens = {
    owner: await tokenOf(members.owner),
    reviewer: await tokenOf(members.reviewer),
    researcher: await tokenOf(members.researcher),
    second: await tokenOf(second),
  };
  const v = await createVocabulary(project.id);
  const { source } = await createSource(members.researcher, project.id);
  const claim = async (subjectId: string, phrase: string, min: number, origin = v.msa.id) => {
    const annotation = await annotatePhrase(members.researcher, source.id, phrase);
    const { status, json } = await callRoute(createClaimRoute, {
      token: tokens.researcher,
      params: { projectId: project.id },
      body: {
        subjectId,
        propertyId: v.casualties.id,
        value: { type: "quantity", kind: "exact", min, max: min },
        attribution: [{ role: "origin", entityId: origin }],
        evidenceAnnotationIds: [annotation.id],
      },
    });
    expect(status, JSON.stringify(json)).toBe(201);
    return (json as { claim: ClaimJson }).claim;
  };
  const search = async (q: string) => {
    const { status, json } = await callRoute(listClaimsRoute, { token: tokens.owner, params: { projectId: project.id }, query: { q } });
    expect(status, JSON.stringify(json)).toBe(200);
    return (json as { claims: ClaimJson[] }).claims.map((c) => c.id);
  };
  return { project, members, second, tokens, v, claim, search };
}

async function call(contract: ReturnType<typeof route>, token: string, params: Record<string, string>, body?: unknown) {
  const result = await callRoute(contract, { token, params, body });
  return result as { status: number; json: Record<string, unknown> & { claim?: ClaimJson } };
}

describe("two-approval review", () => {
  it("keeps the first approval of the round that follows an edit after approval", async () => {
    const { project, tokens, v, claim } = await setup();
    await testDb().project.update({ where: { id: project.id }, data: { requiredApprovals: 2 } });
    const draft = await claim(v.msaJnim.id, "4 (per MSA)", 4);
    expect((await call(submitRoute, tokens.researcher, { claimId: draft.id }, { version: 1 })).status).toBe(200);
    expect((await call(reviewRoute, tokens.reviewer, { claimId: draft.id }, { decision: "approve" })).json.claim?.status).toBe("submitted");
    const approved = await call(reviewRoute, tokens.second, { claimId: draft.id }, { decision: "approve" });
    expect(approved.json.claim).toMatchObject({ status: "approved", version: 4 });

    // The owner edits the approved claim: it goes back to review, and both approvals are needed again.
    const edited = await call(updateClaimRoute, tokens.owner, { claimId: draft.id }, { version: 4, note: "Counted again" });
    expect(edited.json.claim).toMatchObject({ status: "submitted", version: 5 });
    const first = await call(reviewRoute, tokens.reviewer, { claimId: draft.id }, { decision: "approve" });
    expect(first.json).toMatchObject({ claim: { status: "submitted" }, review: { approvals: 1, requiredApprovals: 2 } });
    const state = await call(reviewStateRoute, tokens.second, { claimId: draft.id });
    expect(state.json).toMatchObject({ review: { approvals: 1, actions: { approve: { isAllowed: true } } } });

    const second = await call(reviewRoute, tokens.second, { claimId: draft.id }, { decision: "approve" });
    expect(second.status, JSON.stringify(second.json)).toBe(201);
    expect(second.json.claim).toMatchObject({ status: "approved", version: 7 });
    // Every decision records the version it was made on, in the order they were made.
    const decisions = (second.json.review as { decisions: { decision: string; claimVersion: number }[] }).decisions;
    expect(decisions.map((d) => [d.decision, d.claimVersion])).toEqual([
      ["submit", 1],
      ["approve", 2],
      ["approve", 3],
      ["submit", 4],
      ["approve", 5],
      ["approve", 6],
    ]);
  });
});

describe("entity changes reach the claims that name them", () => {
  it("a renamed entity, or one with new aliases, finds its claims by the new names", async () => {
    const { tokens, v, claim, search } = await setup();
    const msa = await claim(v.msaJnim.id, "4 (per MSA)", 4);
    expect(await search("Tabankort")).toEqual([]);
    expect((await call(updateEntityRoute, tokens.owner, { entityId: v.msaJnim.id }, { name: "Tabankort coalition" })).status).toBe(200);
    expect(await search("Tabankort")).toEqual([msa.id]);
    expect((await call(updateEntityRoute, tokens.owner, { entityId: v.msaJnim.id }, { aliases: ["Mouvement pour le salut de l'Azawad"] })).status).toBe(200);
    expect(await search("Mouvement salut")).toEqual([msa.id]);
  });

  it("an entity edit that changes nothing writes no audit event; a real one records only what changed", async () => {
    const { tokens, v } = await setup();
    const same = await call(updateEntityRoute, tokens.owner, { entityId: v.isgs.id }, { name: v.isgs.name, aliases: ["ISGS", "Sahel Province"] });
    expect(same.status).toBe(200);
    expect(await testDb().auditEvent.count({ where: { objectType: "Entity", objectId: v.isgs.id } })).toBe(0);
    expect((await call(updateEntityRoute, tokens.owner, { entityId: v.isgs.id }, { name: v.isgs.name, description: "IS Sahel" })).status).toBe(200);
    const events = await testDb().auditEvent.findMany({ where: { objectType: "Entity", objectId: v.isgs.id } });
    expect(events).toEqual([expect.objectContaining({ action: "entity.update", before: { description: "" }, after: { description: "IS Sahel" } })]);
  });

  it("a merge answers the same for another project's entity as for one that does not exist", async () => {
    const { tokens, v } = await setup();
    const elsewhere = await setup();
    const foreignTarget = await call(mergeRoute, tokens.owner, { entityId: v.msaJnim.id }, { intoEntityId: elsewhere.v.isgs.id });
    const missingTarget = await call(mergeRoute, tokens.owner, { entityId: v.msaJnim.id }, { intoEntityId: "no-such-entity" });
    expect(foreignTarget).toMatchObject({ status: 404 });
    expect(foreignTarget.json).toEqual(missingTarget.json);
    const foreignSource = await call(mergeRoute, tokens.owner, { entityId: elsewhere.v.msaJnim.id }, { intoEntityId: v.isgs.id });
    const missingSource = await call(mergeRoute, tokens.owner, { entityId: "no-such-entity" }, { intoEntityId: v.isgs.id });
    expect(foreignSource).toMatchObject({ status: 404 });
    expect(foreignSource.json).toEqual(missingSource.json);
  });

  it("a merge gives each moved claim a new version and an audit event, keeps its editor, and search follows", async () => {
    const { members, tokens, v, claim, search } = await setup();
    const moved = await claim(v.msaJnim.id, "4 (per MSA)", 4);
    const staying = await claim(v.isgs.id, "17+ (per ACLED)", 17, v.acled.id);
    const merged = await call(mergeRoute, tokens.owner, { entityId: v.msaJnim.id }, { intoEntityId: v.isgs.id });
    expect(merged.status, JSON.stringify(merged.json)).toBe(200);
    expect(merged.json).toMatchObject({ targetId: v.isgs.id, claimsMoved: 1 });

    const after = await testDb().claim.findUniqueOrThrow({ where: { id: moved.id } });
    expect(after).toMatchObject({ subjectId: v.isgs.id, version: moved.version + 1, updatedById: members.researcher.userId });
    const events = await testDb().auditEvent.findMany({ where: { objectType: "Claim", objectId: moved.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["claim.create", "claim.entity_merge"]);
    expect(events[1]).toMatchObject({ actorId: members.owner.userId, before: { subject: "MSA and JNIM forces" }, after: { subject: "Islamic State in the Greater Sahara" } });
    // The merged name is now an alias of the target: it finds both the moved claim and the target's own.
    expect((await search("JNIM")).sort()).toEqual([moved.id, staying.id].sort());
    expect(await testDb().claim.findUniqueOrThrow({ where: { id: staying.id } })).toMatchObject({ version: staying.version });
  });

  it("an un-merge puts the entity, its claims and the target's aliases back, audited; a second one is refused", async () => {
    const { members, tokens, v, claim, search } = await setup();
    const moved = await claim(v.msaJnim.id, "4 (per MSA)", 4, v.msaJnim.id);
    expect((await call(mergeRoute, tokens.owner, { entityId: v.msaJnim.id }, { intoEntityId: v.isgs.id })).status).toBe(200);
    expect(await testDb().attribution.findFirstOrThrow({ where: { claimId: moved.id } })).toMatchObject({ entityId: v.isgs.id });

    expect((await call(unmergeRoute, tokens.researcher, { entityId: v.msaJnim.id })).status).toBe(403);
    const undone = await call(unmergeRoute, tokens.owner, { entityId: v.msaJnim.id });
    expect(undone.status, JSON.stringify(undone.json)).toBe(200);
    expect(undone.json).toMatchObject({ entityId: v.msaJnim.id, targetId: v.isgs.id, claimsRestored: 1 });

    expect(await testDb().entity.findUniqueOrThrow({ where: { id: v.msaJnim.id } })).toMatchObject({ mergedIntoId: null });
    expect(await testDb().entity.findUniqueOrThrow({ where: { id: v.isgs.id } })).toMatchObject({ aliases: ["ISGS", "Sahel Province"] });
    const restored = await testDb().claim.findUniqueOrThrow({ where: { id: moved.id }, include: { attributions: true } });
    expect(restored).toMatchObject({ subjectId: v.msaJnim.id, version: moved.version + 2 });
    expect(restored.attributions.map((a) => a.entityId)).toEqual([v.msaJnim.id]);
    expect(await search("JNIM")).toEqual([moved.id]);
    const actions = await testDb().auditEvent.findMany({ where: { objectId: { in: [moved.id, v.msaJnim.id] } }, orderBy: { id: "asc" } });
    expect(actions.map((e) => e.action)).toEqual(["claim.create", "claim.entity_merge", "claim.entity_unmerge", "entity.unmerge"]);
    expect(actions.at(-1)).toMatchObject({ actorId: members.owner.userId });

    const again = await call(unmergeRoute, tokens.owner, { entityId: v.msaJnim.id });
    expect(again).toMatchObject({ status: 409, json: { error: { code: "not_merged" } } });
  });

  it("an un-merge waits until the target's own later merge is undone", async () => {
    const { tokens, v } = await setup();
    expect((await call(mergeRoute, tokens.owner, { entityId: v.msaJnim.id }, { intoEntityId: v.isgs.id })).status).toBe(200);
    expect((await call(mergeRoute, tokens.owner, { entityId: v.isgs.id }, { intoEntityId: v.msa.id })).status).toBe(200);
    expect(await call(unmergeRoute, tokens.owner, { entityId: v.msaJnim.id })).toMatchObject({ status: 409, json: { error: { code: "merged_since" } } });
    expect((await call(unmergeRoute, tokens.owner, { entityId: v.isgs.id })).status).toBe(200);
    expect((await call(unmergeRoute, tokens.owner, { entityId: v.msaJnim.id })).status).toBe(200);
  });
});
