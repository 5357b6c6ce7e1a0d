import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { annotatePhrase, createProject, createSource, createVocabulary, testDb } from "./factories";
import { callRoute, route, tokenOf } from "./route-client";

const createClaimRoute = route("post", "/api/v1/projects/{projectId}/claims");
const updateClaimRoute = route("patch", "/api/v1/claims/{claimId}");
const createEntityRoute = route("post", "/api/v1/projects/{projectId}/entities");
const updateEntityRoute = route("patch", "/api/v1/entities/{entityId}");

let token: string;
let projectId: string;
let vocabulary: Awaited<ReturnType<typeof createVocabulary>>;
let evidence: string[];

beforeAll(async () => {
  const { project, members } = await createProject(["owner"]);
  projectId = project.id;
  token = await tokenOf(members.owner);
  vocabulary = await createVocabulary(project.id);
  const { source } = await createSource(members.owner, project.id);
  evidence = [
    (await annotatePhrase(members.owner, source.id, "17+ (per ACLED)")).id,
    (await annotatePhrase(members.owner, source.id, "Le Monde")).id,
  ];
});

/** What is stored of a claim, read from the database, not from any response. */
async function storedClaim(claimId: string) {
  const claim = await testDb().claim.findUniqueOrThrow({
    where: { id: claimId },
    include: { attributions: { orderBy: { position: "asc" } }, evidence: { orderBy: { annotationId: "asc" } } },
  });
  return {
    version: claim.version,
    fields: {
      subjectId: claim.subjectId,
      propertyId: claim.propertyId,
      value: claim.value,
      qualifiers: claim.qualifiers,
      hedging: claim.hedging,
      note: claim.note,
      attribution: claim.attributions.map((a) => ({ role: a.role, entityId: a.entityId, partyName: a.partyName })),
      evidenceAnnotationIds: claim.evidence.map((e) => e.annotationId),
    } as Record<string, unknown>,
  };
}

async function civilianClaim() {
  const { status, json } = await callRoute(createClaimRoute, {
    token,
    params: { projectId },
    body: {
      subjectId: vocabulary.battle.id,
      propertyId: vocabulary.civilianDeaths.id,
      value: { type: "quantity", kind: "at_least", min: 17, max: null },
      qualifiers: { victimGroup: "civilians", place: "Talataye" },
      hedging: "reported",
      note: "ACLED's count, as Le Monde relays it.",
      attribution: [
        { role: "origin", entityId: vocabulary.acled.id },
        { role: "intermediary", entityId: vocabulary.leMonde.id },
      ],
      evidenceAnnotationIds: [evidence[0]],
    },
  });
  expect(status, JSON.stringify(json)).toBe(201);
  return (json as { claim: { id: string } }).claim.id;
}

/** For each field an edit can name, a value that differs from the one civilianClaim() stores. */
const otherClaimValues = (): Record<string, unknown> => ({
  subjectId: vocabulary.msaJnim.id,
  propertyId: vocabulary.casualties.id,
  value: { type: "quantity", kind: "exact", min: 4, max: 4 },
  qualifiers: { victimGroup: "fighters" },
  hedging: "confirmed",
  note: "Recounted.",
  attribution: [{ role: "origin", entityId: vocabulary.msa.id }],
  evidenceAnnotationIds: [...evidence],
});

describe("PATCH /api/v1/claims/{claimId} changes only what it names", () => {
  it("adding evidence (what “Add as evidence…” sends) keeps the note, the qualifiers and the two-link chain", async () => {
    const claimId = await civilianClaim();
    const before = await storedClaim(claimId);
    const { status } = await callRoute(updateClaimRoute, { token, params: { claimId }, body: { version: before.version, evidenceAnnotationIds: evidence } });
    expect(status).toBe(200);
    const after = await storedClaim(claimId);
    expect(after.fields).toEqual({ ...before.fields, evidenceAnnotationIds: [...evidence].sort() });
    expect(after.fields.attribution).toHaveLength(2);
  });

  it("for any set of named fields, every field not named keeps its stored value", async () => {
    const names = Object.keys(otherClaimValues());
    await fc.assert(
      fc.asyncProperty(fc.subarray(names, { minLength: 1 }), async (named) => {
        const claimId = await civilianClaim();
        const before = await storedClaim(claimId);
        const values = otherClaimValues();
        const body = { version: before.version, ...Object.fromEntries(named.map((name) => [name, values[name]])) };
        const { status, json } = await callRoute(updateClaimRoute, { token, params: { claimId }, body });
        expect(status, JSON.stringify(json)).toBe(200);
        const after = await storedClaim(claimId);
        for (const name of names.filter((n) => !named.includes(n))) expect(after.fields[name], name).toEqual(before.fields[name]);
        for (const name of named) expect(after.fields[name], name).not.toEqual(before.fields[name]);
      }),
      { numRuns: 12 },
    );
  });

  it("an edit that changes nothing writes nothing: same version, no audit event", async () => {
    const claimId = await civilianClaim();
    const before = await storedClaim(claimId);
    const events = () => testDb().auditEvent.count({ where: { objectId: claimId } });
    const eventsBefore = await events();
    const { status } = await callRoute(updateClaimRoute, {
      token,
      params: { claimId },
      body: { version: before.version, note: before.fields.note, evidenceAnnotationIds: before.fields.evidenceAnnotationIds },
    });
    expect(status).toBe(200);
    expect((await storedClaim(claimId)).version).toBe(before.version);
    expect(await events()).toBe(eventsBefore);
  });

  it("null clears a field that may be empty, and only that field", async () => {
    const claimId = await civilianClaim();
    const before = await storedClaim(claimId);
    const { status } = await callRoute(updateClaimRoute, { token, params: { claimId }, body: { version: before.version, note: null, qualifiers: null } });
    expect(status).toBe(200);
    expect((await storedClaim(claimId)).fields).toEqual({ ...before.fields, note: "", qualifiers: {} });
  });
});

describe("PATCH /api/v1/entities/{entityId} changes only what it names", () => {
  async function entity() {
    const { status, json } = await callRoute(createEntityRoute, {
      token,
      params: { projectId },
      body: { name: `Katiba ${Math.random().toString(36).slice(2, 8)}`, kind: "armed_group", aliases: ["KS", "Katibat"], description: "A unit of the group.", wikidataQid: "Q42" },
    });
    expect(status, JSON.stringify(json)).toBe(201);
    return (json as { entity: { id: string } }).entity.id;
  }
  const stored = async (entityId: string) => {
    const { name, kind, aliases, description, wikidataQid } = await testDb().entity.findUniqueOrThrow({ where: { id: entityId } });
    return { name, kind, aliases, description, wikidataQid } as Record<string, unknown>;
  };

  it("renaming keeps the aliases (what conflict grouping resolves through) and the description", async () => {
    const entityId = await entity();
    const before = await stored(entityId);
    expect((await callRoute(updateEntityRoute, { token, params: { entityId }, body: { name: "Katiba Serma" } })).status).toBe(200);
    expect(await stored(entityId)).toEqual({ ...before, name: "Katiba Serma" });
  });

  it("for any set of named fields, every field not named keeps its stored value", async () => {
    const values: Record<string, unknown> = { kind: "organisation", aliases: ["Other"], description: "Changed.", wikidataQid: "Q7" };
    const names = Object.keys(values);
    await fc.assert(
      fc.asyncProperty(fc.subarray(names, { minLength: 1 }), async (named) => {
        const entityId = await entity();
        const before = await stored(entityId);
        const body = Object.fromEntries(named.map((name) => [name, values[name]]));
        expect((await callRoute(updateEntityRoute, { token, params: { entityId }, body })).status).toBe(200);
        const after = await stored(entityId);
        for (const name of names.filter((n) => !named.includes(n))) expect(after[name], name).toEqual(before[name]);
        for (const name of named) expect(after[name], name).toEqual(values[name]);
      }),
      { numRuns: 10 },
    );
  });
});
