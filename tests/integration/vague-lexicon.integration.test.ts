import { describe, expect, it } from "vitest";
import { DEFAULT_VAGUE_QUANTITIES } from "@/lib/claims/parse/vague-quantities";
import { testDb } from "./factories";
import { reviewProject } from "./review-factories";
import { callRoute, route, tokenOf } from "./route-client";

const getRoute = route("get", "/api/v1/projects/{projectId}/vague-quantities");
const putRoute = route("put", "/api/v1/projects/{projectId}/vague-quantities");
const suggestRoute = route("post", "/api/v1/suggestions");

type Lexicon = { entries: { words: string; min: number | null; max: number | null; kind: string }[]; isDefault: boolean };
type Suggested = { quantities: { value: { kind: string; min: number | null; max: number | null } }[] };

const withDozens = (min: number, max: number) => [
  ...DEFAULT_VAGUE_QUANTITIES.filter((entry) => entry.words !== "dozens"),
  { words: "dozens", min, max },
];

async function dozensAs(token: string, projectId: string) {
  const answer = await callRoute(suggestRoute, { token, body: { text: "Dozens of civilians were killed.", projectId } });
  expect(answer.status).toBe(200);
  return (answer.json as Suggested).quantities[0]?.value;
}

const auditOf = (projectId: string) =>
  testDb().auditEvent.findMany({ where: { projectId, action: "project.vague_lexicon_update" }, orderBy: { id: "asc" } });

describe("the vague-amount lexicon", () => {
  it("reads as the default for every member; an owner's list then reads dozens as 24 to 99 in suggestions; reset goes back; both audited", async () => {
    const setup = await reviewProject();
    const params = { projectId: setup.project.id };
    const owner = await tokenOf(setup.members.owner);
    const viewer = await tokenOf(setup.members.viewer);

    const initial = await callRoute(getRoute, { token: viewer, params });
    expect(initial.status).toBe(200);
    const byDefault = initial.json as Lexicon;
    expect(byDefault.isDefault).toBe(true);
    expect(byDefault.entries).toHaveLength(DEFAULT_VAGUE_QUANTITIES.length);
    expect(byDefault.entries.find((e) => e.words === "dozens")).toEqual({ words: "dozens", min: 12, max: 99, kind: "vague" });
    expect(byDefault.entries.find((e) => e.words === "une trentaine")).toMatchObject({ kind: "approximately" });
    expect(await dozensAs(viewer, setup.project.id)).toMatchObject({ min: 12, max: 99 });

    // Words are stored as the parser matches them: trimmed and in lowercase.
    const saved = await callRoute(putRoute, { token: owner, params, body: { entries: [...withDozens(24, 99).slice(0, -1), { words: " Dozens ", min: 24, max: 99 }] } });
    expect(saved.status).toBe(200);
    expect((saved.json as Lexicon).isDefault).toBe(false);
    expect((saved.json as Lexicon).entries.at(-1)).toEqual({ words: "dozens", min: 24, max: 99, kind: "vague" });
    expect((await callRoute(getRoute, { token: await tokenOf(setup.members.researcher), params })).json).toEqual(saved.json);
    expect(await dozensAs(viewer, setup.project.id)).toMatchObject({ min: 24, max: 99 });

    // Saving the same list again changes nothing and records nothing.
    expect((await callRoute(putRoute, { token: owner, params, body: { entries: withDozens(24, 99) } })).status).toBe(200);

    const reset = await callRoute(putRoute, { token: owner, params, body: { entries: null } });
    expect(reset).toMatchObject({ status: 200, json: { isDefault: true } });
    expect((reset.json as Lexicon).entries).toHaveLength(DEFAULT_VAGUE_QUANTITIES.length);
    expect((await testDb().project.findUniqueOrThrow({ where: { id: setup.project.id } })).vagueQuantities).toBeNull();
    expect(await dozensAs(viewer, setup.project.id)).toMatchObject({ min: 12, max: 99 });
    expect((await callRoute(putRoute, { token: owner, params, body: { entries: null } })).status).toBe(200);

    const events = await auditOf(setup.project.id);
    expect(events.map((e) => [e.actorId, e.objectType, e.objectId])).toEqual([
      [setup.members.owner.userId, "Project", setup.project.id],
      [setup.members.owner.userId, "Project", setup.project.id],
    ]);
    expect(events[0]).toMatchObject({ before: { vagueQuantities: null }, after: { vagueQuantities: withDozens(24, 99) } });
    expect(events[1]).toMatchObject({ before: { vagueQuantities: withDozens(24, 99) }, after: { vagueQuantities: null } });
  });

  it("refuses a bad list with each problem beside its row and field, and keeps the stored one", async () => {
    const setup = await reviewProject();
    const params = { projectId: setup.project.id };
    const owner = await tokenOf(setup.members.owner);
    const own = withDozens(24, 99);
    expect((await callRoute(putRoute, { token: owner, params, body: { entries: own } })).status).toBe(200);

    const refused = await callRoute(putRoute, {
      token: owner,
      params,
      body: {
        entries: [
          { words: "dozens", min: 99, max: 24 },
          { words: "scores!", min: 20, max: 99 },
          { words: "", min: 1, max: 2 },
          { words: "a handful", min: -1, max: 5 },
          { words: "some", min: 2, max: 9, kind: "roughly" },
        ],
      },
    });
    expect(refused.status).toBe(400);
    expect((refused.json as { error: { details: { fields: { path: string; message: string }[] } } }).error.details.fields).toEqual([
      { path: "body.entries.0.max", message: "The lower bound must not exceed the upper bound" },
      { path: "body.entries.1.words", message: "Use letters and spaces only" },
      { path: "body.entries.2.words", message: "Write the words, e.g. dozens" },
      { path: "body.entries.2.words", message: "Use letters and spaces only" },
      { path: "body.entries.3.min", message: expect.any(String) },
      { path: "body.entries.4.kind", message: expect.any(String) },
    ]);

    const twice = await callRoute(putRoute, { token: owner, params, body: { entries: [{ words: "Tens", min: 10, max: 99 }, { words: "few", min: 2, max: 9 }, { words: "tens ", min: 10, max: 90 }] } });
    expect(twice.status).toBe(400);
    expect((twice.json as { error: { details: { fields: unknown[] } } }).error.details.fields).toEqual([
      { path: "body.entries.2.words", message: '"tens" is already in row 1: each wording may appear once' },
    ]);
    expect((await callRoute(putRoute, { token: owner, params, body: {} })).status).toBe(400);
    const letter = (n: number) => String.fromCharCode(97 + n);
    const tooMany = Array.from({ length: 101 }, (_, i) => ({ words: `${letter(Math.floor(i / 26))}${letter(i % 26)}`, min: 1, max: 2 }));
    expect((await callRoute(putRoute, { token: owner, params, body: { entries: tooMany } })).json).toMatchObject({
      error: { details: { fields: [{ path: "body.entries", message: "At most 100 wordings" }] } },
    });

    const kept = (await callRoute(getRoute, { token: owner, params })).json as Lexicon;
    expect(kept.isDefault).toBe(false);
    expect(kept.entries.find((e) => e.words === "dozens")).toMatchObject({ min: 24, max: 99 });
    expect(await auditOf(setup.project.id)).toHaveLength(1);
  });

  it("only owners change it (403 for the other roles); outsiders get 404 and anonymous callers 401", async () => {
    const setup = await reviewProject();
    const params = { projectId: setup.project.id };
    const body = { entries: withDozens(24, 99) };
    for (const who of ["reviewer", "researcher", "viewer"] as const) {
      const token = await tokenOf(setup.members[who]);
      expect((await callRoute(putRoute, { token, params, body })).status).toBe(403);
      expect((await callRoute(getRoute, { token, params })).status).toBe(200);
    }
    const outsider = await tokenOf(setup.outsider);
    expect((await callRoute(putRoute, { token: outsider, params, body })).status).toBe(404);
    expect((await callRoute(getRoute, { token: outsider, params })).status).toBe(404);
    expect((await callRoute(getRoute, { token: outsider, params: { projectId: "no-such-project" } })).status).toBe(404);
    expect((await callRoute(getRoute, { params })).status).toBe(401);
    expect((await testDb().project.findUniqueOrThrow({ where: { id: setup.project.id } })).vagueQuantities).toBeNull();
    expect(await auditOf(setup.project.id)).toEqual([]);
  });

  it("a stored list that no longer passes the parser's schema reads as the default, and saving over it records what it was", async () => {
    const setup = await reviewProject();
    const params = { projectId: setup.project.id };
    const broken = [{ words: "dozens", min: 50, max: 10 }];
    await testDb().project.update({ where: { id: setup.project.id }, data: { vagueQuantities: broken } });
    const owner = await tokenOf(setup.members.owner);
    expect((await callRoute(getRoute, { token: owner, params })).json).toMatchObject({ isDefault: true });
    expect((await callRoute(putRoute, { token: owner, params, body: { entries: null } })).status).toBe(200);
    expect(await auditOf(setup.project.id)).toMatchObject([{ before: { vagueQuantities: broken }, after: { vagueQuantities: null } }]);
  });
});
