import { beforeAll, describe, expect, it } from "vitest";
import { createEntityRoute, listEntitiesRoute, mergeEntityRoute, updateEntityRoute } from "@/lib/api/contract/claims";
import { claimInputSchema } from "@/lib/claims/claim-input";
import { createClaim } from "@/lib/server/claims/create-claim";
import { getEntityPage } from "@/lib/server/events/get-entity-page";
import { annotatePhrase, createProject, createSource, createVocabulary, testDb } from "./factories";
import { callRoute, tokenOf } from "./route-client";

/**
 * An event's date, place and participants through the real entity routes:
 * what is stored and read back, what is refused in words, who may edit,
 * what the audit trail records, and what a merge does to them.
 */

type World = Awaited<ReturnType<typeof buildWorld>>;
let world: World;

async function buildWorld() {
  const { project, members } = await createProject(["owner", "researcher", "viewer"]);
  const other = await createProject(["owner"]);
  const vocabulary = await createVocabulary(project.id);
  const place = (projectId: string, name: string) => testDb().entity.create({ data: { projectId, name, kind: "place" } });
  return {
    project,
    members,
    vocabulary,
    talataye: await place(project.id, "Talataye"),
    menaka: await place(project.id, "Ménaka region"),
    elsewhere: await place(other.project.id, "Talataye"),
    strangerGroup: await testDb().entity.create({ data: { projectId: other.project.id, name: "Someone else's group", kind: "armed_group" } }),
    tokens: { owner: await tokenOf(members.owner), researcher: await tokenOf(members.researcher), viewer: await tokenOf(members.viewer), outsider: await tokenOf(other.members.owner) },
  };
}

beforeAll(async () => {
  world = await buildWorld();
});

const update = (entityId: string, body: object, token = world.tokens.researcher) => callRoute(updateEntityRoute, { token, params: { entityId }, body });
const create = (body: object, token = world.tokens.researcher) => callRoute(createEntityRoute, { token, params: { projectId: world.project.id }, body });
const fieldsOf = (json: unknown) => (json as { error: { message: string; details: { fields: { path: string; message: string }[] } } }).error;

describe("an event's fields through the entity routes", () => {
  it("are set at creation by a researcher, stored as whole days and read back as written, and audited", async () => {
    const { status, json } = await create({
      name: "Attack on Talataye",
      kind: "event",
      event: {
        date: { precision: "day", start: "2022-09-06", end: "2022-09-07" },
        place: { entityId: world.talataye.id, precision: "exact" },
        participantIds: [world.vocabulary.isgs.id, world.vocabulary.msaJnim.id, world.vocabulary.isgs.id],
      },
    });
    expect(status).toBe(201);
    const { entity } = json as { entity: { id: string; event: unknown } };
    expect(entity.event).toEqual({
      date: { precision: "day", start: "2022-09-06", end: "2022-09-07" },
      place: { id: world.talataye.id, name: "Talataye", precision: "exact" },
      participants: [
        { id: world.vocabulary.isgs.id, name: "Islamic State in the Greater Sahara", kind: "armed_group" },
        { id: world.vocabulary.msaJnim.id, name: "MSA and JNIM forces", kind: "armed_group" },
      ],
    });
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { objectId: entity.id, action: "entity.create" } });
    expect(audit.after).toMatchObject({ event: { date: { start: "2022-09-06", end: "2022-09-07" }, place: { entityId: world.talataye.id }, participantIds: expect.arrayContaining([world.vocabulary.isgs.id]) } });
  });

  it("change part by part: a month is stored as its first and last day, absent parts stay, and the audit names before and after", async () => {
    const battle = world.vocabulary.battle.id;
    await update(battle, { event: { participantIds: [world.vocabulary.msa.id], place: { entityId: world.talataye.id, precision: "exact" } } });
    const { status, json } = await update(battle, { event: { date: { precision: "month", start: "2022-09" }, place: { entityId: world.menaka.id, precision: "region" } } });
    expect(status).toBe(200);
    expect((json as { entity: { event: unknown } }).entity.event).toEqual({
      date: { precision: "month", start: "2022-09", end: "2022-09" },
      place: { id: world.menaka.id, name: "Ménaka region", precision: "region" },
      participants: [{ id: world.vocabulary.msa.id, name: "Movement for the Salvation of Azawad", kind: "armed_group" }],
    });
    const stored = await testDb().entity.findUniqueOrThrow({ where: { id: battle } });
    expect([stored.eventStart?.toISOString().slice(0, 10), stored.eventEnd?.toISOString().slice(0, 10)]).toEqual(["2022-09-01", "2022-09-30"]);
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { objectId: battle, action: "entity.update" }, orderBy: { createdAt: "desc" } });
    expect(audit.before).toMatchObject({ event: { date: null, place: { entityId: world.talataye.id, precision: "exact" } } });
    expect(audit.after).toMatchObject({ event: { date: { precision: "month", start: "2022-09-01", end: "2022-09-30" }, place: { entityId: world.menaka.id, precision: "region" }, participantIds: [world.vocabulary.msa.id] } });

    const again = await testDb().auditEvent.count({ where: { objectId: battle, action: "entity.update" } });
    expect((await update(battle, { event: { date: { precision: "month", start: "2022-09", end: "2022-09" } } })).status).toBe(200);
    expect(await testDb().auditEvent.count({ where: { objectId: battle, action: "entity.update" } })).toBe(again);

    const listed = await callRoute(listEntitiesRoute, { token: world.tokens.viewer, params: { projectId: world.project.id }, query: { kind: "place" } });
    expect((listed.json as { entities: { event: unknown }[] }).entities.every((entity) => entity.event === null)).toBe(true);
  });

  it.each([
    ["an end before the start", { date: { precision: "year", start: "2023", end: "2022" } }, "event.date.end", "The event cannot end (2022) before it starts (2023)."],
    ["a day written as a month", { date: { precision: "day", start: "2022-09" } }, "event.date.start", 'A day-precision date is written YYYY-MM-DD (e.g. 2022-09-06); "2022-09" is not one.'],
    ["a place that is no place", { place: { entityId: "@isgs", precision: "exact" } }, "event.place.entityId", '"Islamic State in the Greater Sahara" is not a place, so it cannot be where the event happened.'],
    ["another project's place", { place: { entityId: "@elsewhere", precision: "near" } }, "event.place.entityId", "No entity @elsewhere in this project can be the event's place."],
    ["another project's participant", { participantIds: ["@stranger"] }, "event.participantIds.0", "No entity @stranger in this project can take part in the event."],
    ["the event taking part in itself", { participantIds: ["@battle"] }, "event.participantIds.0", "An event cannot take part in itself."],
  ])("refuses %s with a 400 in words", async (_, event, path, message) => {
    const ids: Record<string, string> = { "@isgs": world.vocabulary.isgs.id, "@elsewhere": world.elsewhere.id, "@stranger": world.strangerGroup.id, "@battle": world.vocabulary.battle.id };
    const body = JSON.parse(JSON.stringify({ event }).replace(/@\w+/g, (ref) => ids[ref]!));
    const { status, json } = await update(world.vocabulary.battle.id, body);
    expect(status).toBe(400);
    // The contract's schema names paths from the request ("body.…"); the data layer's checks, from the body.
    const fields = fieldsOf(json).details.fields.map((field) => ({ ...field, path: field.path.replace(/^body\./, "") }));
    expect(fields).toContainEqual({ path, message: message.replace(/@\w+/g, (ref) => ids[ref]!) });
  });

  it("are refused on any other kind, and an event keeping them cannot change kind until they are cleared", async () => {
    const refused = await create({ name: "Wagner", kind: "armed_group", event: { participantIds: [] } });
    expect(refused.status).toBe(400);
    expect(fieldsOf(refused.json).message).toBe("Only an entity of kind event has a date, a place or participants; this one is of kind armed group.");
    expect((await update(world.vocabulary.msa.id, { event: { date: { precision: "year", start: "2022" } } })).status).toBe(400);

    const skirmish = (await create({ name: "Skirmish", kind: "event", event: { date: { precision: "year", start: "2022" } } })).json as { entity: { id: string } };
    const kept = await update(skirmish.entity.id, { kind: "armed_group" });
    expect(kept.status).toBe(400);
    expect(fieldsOf(kept.json).message).toBe("An event with a date, a place or participants cannot become of kind armed group; clear them in the same edit (event: null).");
    expect(await update(skirmish.entity.id, { kind: "armed_group", event: null })).toMatchObject({ status: 200, json: { entity: { kind: "armed_group", event: null } } });
    expect(await testDb().entity.findUniqueOrThrow({ where: { id: skirmish.entity.id } })).toMatchObject({ eventStart: null, eventDatePrecision: null });
  });

  it("may be edited by whoever edits entities: a viewer is refused, another project's member finds nothing", async () => {
    const body = { event: { date: { precision: "year", start: "2021" } } };
    expect((await update(world.vocabulary.battle.id, body, world.tokens.viewer)).status).toBe(403);
    expect((await update(world.vocabulary.battle.id, body, world.tokens.outsider)).status).toBe(404);
    expect((await testDb().entity.findUniqueOrThrow({ where: { id: world.vocabulary.battle.id } })).eventStart?.toISOString().slice(0, 10)).toBe("2022-09-01");
  });
});

describe("merging entities an event names", () => {
  const merge = (entityId: string, intoEntityId: string) => callRoute(mergeEntityRoute, { token: world.tokens.owner, params: { entityId }, body: { intoEntityId } });

  it("moves participations and places to the target once, and a merged event's participants, date and place to the target event", async () => {
    const entity = (name: string, kind: "armed_group" | "place" | "event") => testDb().entity.create({ data: { projectId: world.project.id, name, kind } });
    const [jnim, jnimDuplicate, csp, gao, gaoDuplicate] = [await entity("JNIM", "armed_group"), await entity("Jama'at Nusrat", "armed_group"), await entity("CSP", "armed_group"), await entity("Gao", "place"), await entity("Gao town", "place")];
    const first = (await create({ name: "Clash A", kind: "event", event: { participantIds: [jnim.id, jnimDuplicate.id], place: { entityId: gaoDuplicate.id, precision: "near" } } })).json as { entity: { id: string } };
    const second = (await create({ name: "Clash B", kind: "event", event: { date: { precision: "day", start: "2024-07-25" }, participantIds: [jnim.id, csp.id] } })).json as { entity: { id: string } };

    expect((await merge(jnimDuplicate.id, jnim.id)).status).toBe(200);
    expect((await merge(gaoDuplicate.id, gao.id)).status).toBe(200);
    expect((await merge(second.entity.id, first.entity.id)).status).toBe(200);

    const { event } = await getEntityPage(testDb(), world.members.viewer, first.entity.id);
    expect(event).toEqual({
      date: { precision: "day", start: "2024-07-25", end: "2024-07-25" },
      place: { id: gao.id, name: "Gao", precision: "near" },
      participants: [
        { id: csp.id, name: "CSP", kind: "armed_group" },
        { id: jnim.id, name: "JNIM", kind: "armed_group" },
      ],
    });
    expect(await testDb().eventParticipant.count({ where: { entityId: { in: [jnimDuplicate.id] } } })).toBe(0);
  });
});

describe("the event page's data", () => {
  it("orders an event's claims by when their source was published, falling back to when each was recorded, and gives its estimates", async () => {
    const { source } = await createSource(world.members.researcher, world.project.id);
    const claim = await createClaim(testDb(), {
      actor: world.members.researcher,
      projectId: world.project.id,
      input: claimInputSchema.parse({
        subjectId: world.vocabulary.battle.id,
        propertyId: world.vocabulary.casualties.id,
        value: { type: "quantity", kind: "at_least", min: 60, max: null, category: "killed" },
        attribution: [{ role: "origin", entityId: world.vocabulary.isgs.id }],
        evidenceAnnotationIds: [(await annotatePhrase(world.members.researcher, source.id, "60+ (per IS)")).id],
      }),
    });
    const entry = async () => (await getEntityPage(testDb(), world.members.viewer, world.vocabulary.battle.id)).timeline[0]!.entries[0]!;
    expect((await entry()).reportedAt).toEqual({ day: new Date(claim.createdAt).toISOString().slice(0, 10), isPublicationDate: false });
    await testDb().source.update({ where: { id: source.id }, data: { publishedAt: new Date("2022-09-08") } });
    expect(await entry()).toMatchObject({ claim: { id: claim.id }, reportedAt: { day: "2022-09-08", isPublicationDate: true } });
    const page = await getEntityPage(testDb(), world.members.viewer, world.vocabulary.battle.id);
    expect(page.estimates).toEqual([expect.objectContaining({ claims: [{ id: claim.id, isUsed: false, reason: "not approved (draft)" }] })]);
  });
});
