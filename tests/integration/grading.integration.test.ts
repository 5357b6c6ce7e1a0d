import { beforeAll, describe, expect, it } from "vitest";
import { createClaimRoute, listClaimsRoute, updateClaimRoute, updateEntityRoute } from "@/lib/api/contract/claims";
import { listEstimatesRoute } from "@/lib/api/contract/estimates";
import { getEstimateSettingsRoute, listPartyReliabilitiesRoute, setPartyReliabilityRoute, updateEstimateSettingsRoute } from "@/lib/api/contract/grading";
import type { QuantityValue } from "@/lib/claims/value";
import type { Actor } from "@/lib/server/actor";
import { reviewClaim } from "@/lib/server/reviews/review-claim";
import { submitClaim } from "@/lib/server/reviews/submit-claim";
import { annotatePhrase, createProject, createSource, createUser, createVocabulary, testDb } from "./factories";
import { callRoute, tokenOf } from "./route-client";

/**
 * Source grading through the real route handlers: the project's estimate
 * rule (owners), origins' reliability (entities and named parties), claims'
 * credibility and derivation, the claims list's grade filters, and what
 * estimates then leave out.
 */

type Role = "owner" | "reviewer" | "researcher" | "viewer";
type World = Awaited<ReturnType<typeof talataye>>;
let world: World;

async function talataye() {
  const { project, members } = await createProject<Role>(["owner", "reviewer", "researcher", "viewer"]);
  const { source } = await createSource(members.owner, project.id);
  const vocabulary = await createVocabulary(project.id);
  const tokens = Object.fromEntries(await Promise.all((Object.keys(members) as Role[]).map(async (role) => [role, await tokenOf(members[role])]))) as Record<Role, string>;
  return { project, members, tokens, source, vocabulary };
}

const atLeast = (min: number): QuantityValue => ({ type: "quantity", kind: "at_least", min, max: null, category: "killed" });

interface ClaimJson {
  id: string;
  version: number;
  credibility: number | null;
  derivedFrom: { id: string; label: string; isDeleted: boolean } | null;
}

/** A claim about MSA/JNIM casualties recorded by the researcher through the API; `approve` sends it through review. */
async function record(phrase: string, value: QuantityValue, attribution: object[], extra: object = {}, options: { approve?: boolean; projectId?: string } = {}) {
  const { status, json } = await callRoute(createClaimRoute, {
    token: world.tokens.researcher,
    params: { projectId: options.projectId ?? world.project.id },
    body: {
      subjectId: world.vocabulary.msaJnim.id,
      propertyId: world.vocabulary.casualties.id,
      value,
      attribution,
      evidenceAnnotationIds: [(await annotatePhrase(world.members.researcher, world.source.id, phrase)).id],
      ...extra,
    },
  });
  expect(status, JSON.stringify(json)).toBe(201);
  const claim = (json as { claim: ClaimJson }).claim;
  if (options.approve !== false) await approve(claim.id, world.members.researcher, world.members.reviewer);
  return claim;
}

async function approve(claimId: string, author: Actor, reviewer: Actor) {
  await submitClaim(testDb(), author, claimId, {});
  await reviewClaim(testDb(), reviewer, claimId, { decision: "approve" });
}

async function edit(claim: { id: string }, body: object) {
  const version = (await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).version;
  return callRoute(updateClaimRoute, { token: world.tokens.researcher, params: { claimId: claim.id }, body: { version, ...body } });
}

async function putSettings(token: string, body: object) {
  return callRoute(updateEstimateSettingsRoute, { token, params: { projectId: world.project.id }, body });
}

const audits = (action: string) => testDb().auditEvent.findMany({ where: { projectId: world.project.id, action }, orderBy: { id: "asc" } });

beforeAll(async () => {
  world = await talataye();
});

describe("the estimate settings", () => {
  const graded = { rule: "conservative", isGradingEnabled: true, excludedReliability: ["F", "E"], excludedCredibility: [6, 5] };

  it("are read by any member, set by owners only with before and after audited, and a save that changes nothing is not audited", async () => {
    const initial = await callRoute(getEstimateSettingsRoute, { token: world.tokens.viewer, params: { projectId: world.project.id } });
    expect(initial).toMatchObject({ status: 200, json: { rule: "ucdp", isGradingEnabled: false, excludedReliability: [], excludedCredibility: [] } });

    for (const role of ["reviewer", "researcher", "viewer"] as const) {
      expect((await putSettings(world.tokens[role], graded)).status, role).toBe(403);
    }
    expect(await audits("project.estimate_rule_update")).toHaveLength(0);

    const saved = await putSettings(world.tokens.owner, graded);
    expect(saved).toMatchObject({ status: 200, json: { rule: "conservative", isGradingEnabled: true, excludedReliability: ["E", "F"], excludedCredibility: [5, 6] } });
    expect(await putSettings(world.tokens.owner, { ...graded, excludedReliability: ["E", "F"] })).toMatchObject({ status: 200 });
    const [event, ...more] = await audits("project.estimate_rule_update");
    expect(more).toHaveLength(0);
    expect(event).toMatchObject({
      actorId: world.members.owner.userId,
      objectType: "Project",
      objectId: world.project.id,
      before: { rule: "ucdp", isGradingEnabled: false, excludedReliability: [], excludedCredibility: [] },
      after: { rule: "conservative", isGradingEnabled: true, excludedReliability: ["E", "F"], excludedCredibility: [5, 6] },
    });
    // The rest of the file weighs grades under the UCDP rule.
    expect((await putSettings(world.tokens.owner, { ...graded, rule: "ucdp" })).status).toBe(200);
  });

  it("refuse grades outside the scales with 400, and non-members with 404", async () => {
    expect((await putSettings(world.tokens.owner, { ...graded, excludedCredibility: [7] })).status).toBe(400);
    expect((await putSettings(world.tokens.owner, { ...graded, excludedReliability: ["G"] })).status).toBe(400);
    const outsider = await tokenOf(await createUser());
    expect((await putSettings(outsider, graded)).status).toBe(404);
    expect((await callRoute(getEstimateSettingsRoute, { token: outsider, params: { projectId: world.project.id } })).status).toBe(404);
  });
});

describe("origins' reliability", () => {
  const setParty = (token: string, body: object) => callRoute(setPartyReliabilityRoute, { token, params: { projectId: world.project.id }, body });

  it("grades a named party by its normalised name (owners and reviewers), audited, and removes the grade with null", async () => {
    expect((await setParty(world.tokens.researcher, { name: "local sources", grade: "E" })).status).toBe(403);
    const set = await setParty(world.tokens.reviewer, { name: "The Local Sources.", grade: "E" });
    expect(set).toMatchObject({ status: 200, json: { parties: [{ name: "local sources", label: "The Local Sources.", grade: "E" }] } });
    expect(await callRoute(listPartyReliabilitiesRoute, { token: world.tokens.viewer, params: { projectId: world.project.id } })).toMatchObject({
      status: 200,
      json: { parties: [{ name: "local sources", grade: "E" }] },
    });
    expect((await setParty(world.tokens.owner, { name: "residents", grade: "C" })).status).toBe(200);
    expect(await setParty(world.tokens.owner, { name: "residents", grade: null })).toMatchObject({ status: 200, json: { parties: [{ name: "local sources" }] } });
    expect((await audits("party_reliability.update")).map((event) => [event.before, event.after])).toEqual([
      [{ label: "The Local Sources.", grade: null }, { label: "The Local Sources.", grade: "E" }],
      [{ label: "residents", grade: null }, { label: "residents", grade: "C" }],
      [{ label: "residents", grade: "C" }, { label: "residents", grade: null }],
    ]);
    expect((await setParty(world.tokens.owner, { name: "…", grade: "A" })).status).toBe(400);
  });

  it("grades an entity through its update, which takes an owner or a reviewer", async () => {
    const grade = (token: string, reliability: string | null) => callRoute(updateEntityRoute, { token, params: { entityId: world.vocabulary.isgs.id }, body: { reliability } });
    expect((await grade(world.tokens.researcher, "E")).status).toBe(403);
    expect(await grade(world.tokens.reviewer, "E")).toMatchObject({ status: 200, json: { entity: { reliability: "E" } } });
    expect(await testDb().auditEvent.findFirst({ where: { objectId: world.vocabulary.isgs.id, action: "entity.update" } })).toMatchObject({
      before: { reliability: null },
      after: { reliability: "E" },
    });
  });
});

describe("a claim's credibility and derivation", () => {
  it("are recorded, edited with the claim's version and audited, and shown with the claim they repeat", async () => {
    const original = await record("17+ (per ACLED)", atLeast(17), [{ role: "origin", entityId: world.vocabulary.acled.id }], { credibility: 2 }, { approve: false });
    expect(original).toMatchObject({ credibility: 2, derivedFrom: null });
    const repeat = await record("ACLED reported the deaths", atLeast(17), [{ role: "origin", partyName: "residents" }], { derivedFromId: original.id }, { approve: false });
    expect(repeat.derivedFrom).toEqual({ id: original.id, label: "MSA and JNIM forces · Casualties: at least 17 killed", isDeleted: false });

    const edited = await edit(repeat, { credibility: 4 });
    expect(edited).toMatchObject({ status: 200, json: { claim: { version: repeat.version + 1, credibility: 4, derivedFrom: { id: original.id } } } });
    expect(await testDb().auditEvent.findFirst({ where: { objectId: repeat.id, action: "claim.update" } })).toMatchObject({
      before: { credibility: null, derivedFromId: original.id },
      after: { credibility: 4, derivedFromId: original.id },
    });
    const stale = await callRoute(updateClaimRoute, { token: world.tokens.researcher, params: { claimId: repeat.id }, body: { version: repeat.version, credibility: 1 } });
    expect(stale.status).toBe(409);
    expect(await edit(repeat, { derivedFromId: null, credibility: null })).toMatchObject({ status: 200, json: { claim: { credibility: null, derivedFrom: null } } });
  });

  it("refuses in words a derivation from itself, one that would close a loop, one from another project's claim, and a credibility outside 1–6", async () => {
    const first = await record("4 (per MSA)", atLeast(4), [{ role: "origin", entityId: world.vocabulary.msa.id }], {}, { approve: false });
    const second = await record("60+ (per IS)", atLeast(60), [{ role: "origin", entityId: world.vocabulary.isgs.id }], { derivedFromId: first.id }, { approve: false });
    const third = await record("ACLED reported the deaths", atLeast(60), [], { derivedFromId: second.id }, { approve: false });

    const refusal = (message: string) => ({ status: 400, json: { error: { message: expect.stringContaining(message) } } });
    expect(await edit(first, { derivedFromId: first.id })).toMatchObject(refusal("derivedFromId: A claim cannot be derived from itself"));
    expect(await edit(first, { derivedFromId: third.id })).toMatchObject(refusal("That claim is already derived from this one (through 1 other claim), which would make a loop"));

    const elsewhere = await createProject(["owner"]);
    const foreign = await testDb().claim.create({
      data: {
        projectId: elsewhere.project.id,
        subjectId: (await testDb().entity.create({ data: { projectId: elsewhere.project.id, name: "Elsewhere", kind: "event" } })).id,
        propertyId: (await testDb().property.create({ data: { projectId: elsewhere.project.id, key: "casualties", label: "Casualties", valueType: "quantity" } })).id,
        value: atLeast(3),
        createdById: elsewhere.members.owner.userId,
        updatedById: elsewhere.members.owner.userId,
      },
    });
    expect(await edit(first, { derivedFromId: foreign.id })).toMatchObject(refusal("derivedFromId: No such claim in this project"));
    expect((await edit(first, { credibility: 7 })).status).toBe(400);
    expect((await testDb().claim.findUniqueOrThrow({ where: { id: first.id } })).derivedFromId).toBeNull();
  });
});

describe("estimates and the claims list with grading on", () => {
  it("leave out the excluded grades with their reason, count a derived claim as its original's source, and filter on grades", async () => {
    const subject = { subjectId: world.vocabulary.msaJnim.id, propertyId: world.vocabulary.civilianDeaths.id, status: "approved" };
    const civilian = (min: number) => ({ type: "quantity", kind: "at_least", min, max: null }) as QuantityValue;
    const recordCivilian = async (phrase: string, min: number, attribution: object[], extra: object = {}) => {
      const claim = await record(phrase, civilian(min), attribution, { propertyId: world.vocabulary.civilianDeaths.id, ...extra });
      return claim;
    };
    const acled = await recordCivilian("30–45+ civilians killed", 30, [{ role: "origin", entityId: world.vocabulary.acled.id }], { credibility: 2 });
    const relay = await recordCivilian("ACLED reported the deaths", 45, [{ role: "origin", entityId: world.vocabulary.leMonde.id }], { derivedFromId: acled.id });
    const locals = await recordCivilian("4 (per MSA)", 100, [{ role: "origin", partyName: "local sources" }]);
    const improbable = await recordCivilian("60+ (per IS)", 200, [{ role: "origin", entityId: world.vocabulary.msa.id }], { credibility: 5 });
    // A graded origin that the rule keeps: the reliability filter must tell it from E.
    const acledGrade = await callRoute(updateEntityRoute, { token: world.tokens.reviewer, params: { entityId: world.vocabulary.acled.id }, body: { reliability: "B" } });
    expect(acledGrade.status).toBe(200);

    const read = async () => {
      const { status, json } = await callRoute(listEstimatesRoute, { token: world.tokens.viewer, params: { projectId: world.project.id }, query: subject });
      expect(status).toBe(200);
      return (json as { estimates: { low: number; high: number; independentSources: number; sourceOriginal: string[]; claims: { id: string; isUsed: boolean; reason?: string }[] }[] }).estimates[0]!;
    };
    const estimate = await read();
    expect(estimate).toMatchObject({ low: 30, high: 45, independentSources: 1, sourceOriginal: ["ACLED"] });
    expect(estimate.claims).toEqual(
      expect.arrayContaining([
        { id: acled.id, isUsed: true },
        { id: relay.id, isUsed: true },
        { id: locals.id, isUsed: false, reason: "its origin's reliability E (unreliable) is excluded by the rule" },
        { id: improbable.id, isUsed: false, reason: "its credibility 5 (improbable) is excluded by the rule" },
      ]),
    );

    const listed = async (query: Record<string, string>) => {
      const { status, json } = await callRoute(listClaimsRoute, { token: world.tokens.viewer, params: { projectId: world.project.id }, query: { propertyId: world.vocabulary.civilianDeaths.id, ...query } });
      expect(status).toBe(200);
      return (json as { claims: { id: string }[] }).claims.map((claim) => claim.id);
    };
    expect(await listed({ reliability: "E" })).toEqual([locals.id]);
    expect(await listed({ credibility: "5" })).toEqual([improbable.id]);
    expect((await callRoute(listClaimsRoute, { token: world.tokens.viewer, params: { projectId: world.project.id }, query: { reliability: "G" } })).status).toBe(400);

    expect((await putSettings(world.tokens.owner, { rule: "ucdp", isGradingEnabled: false, excludedReliability: ["E", "F"], excludedCredibility: [5, 6] })).status).toBe(200);
    expect(await read()).toMatchObject({ low: 30, high: 200, independentSources: 3 });
  });
});
