import { describe, expect, it } from "vitest";
import { fromColumns } from "@/lib/annotations/annotation-columns";
import { createCodePointIndex } from "@/lib/anchoring/code-point-index";
import { closeCodingRoundRoute } from "@/lib/api/contract/coding-rounds";
import { annotationColumnsRoute, listAnnotationsRoute } from "@/lib/api/contract/sources";
import { addRevision } from "@/lib/server/sources/add-revision";
import { codingTeam, openRound } from "./coding-round-factories";
import { annotatePhrase, corpus, createUser, testDb } from "./factories";
import { callRoute, tokenOf } from "./route-client";

type Columns = Parameters<typeof fromColumns>[0];

/**
 * `GET /sources/{id}/annotation-columns`: the source page's highlights, by a
 * request of their own (issue 20). They must be the very annotations the list
 * route gives, under the same access and blindness rules.
 */
describe("the annotation columns of a source", () => {
  it("hold what the list route holds, a changed quote only where the words at the span differ, on the revision asked for", async () => {
    const world = await codingTeam();
    const kept = await annotatePhrase(world.coders.a, world.source.id, "4 (per MSA)");
    const edited = await annotatePhrase(world.coders.a, world.source.id, "looting and burning the town");
    const revised = corpus.talataye.replace("looting and burning the town", "looting and burnin the town");
    await addRevision(testDb(), world.members.owner, world.source.id, { text: revised, format: "plain" });

    const read = async (revision?: number) => {
      const { status, json } = await callRoute(annotationColumnsRoute, { token: world.tokens.a, params: { sourceId: world.source.id }, query: revision === undefined ? {} : { revision: String(revision) } });
      expect(status, JSON.stringify(json)).toBe(200);
      return json as { revision: number; columns: Columns };
    };
    const current = await read();
    expect(current.revision).toBe(2);
    const { json: listed } = await callRoute(listAnnotationsRoute, { token: world.tokens.a, params: { sourceId: world.source.id } });
    const expected = (listed as { annotations: { id: string; status: string; start: number | null; end: number | null }[] }).annotations;
    const fromCurrent = fromColumns(current.columns, createCodePointIndex(revised));
    expect(fromCurrent.map(({ id, status, start, end }) => ({ id, status, start, end }))).toEqual(
      expected.map(({ id, status, start, end }) => ({ id, status, start, end })),
    );
    // The fuzzy anchor keeps its original words; the exact one is read back from the text.
    expect(current.columns.exacts[current.columns.ids.indexOf(edited.id)]).toBe("looting and burning the town");
    expect(current.columns.exacts[current.columns.ids.indexOf(kept.id)]).toBeNull();
    expect(fromCurrent.find((a) => a.id === kept.id)?.exact).toBe("4 (per MSA)");

    const first = await read(1);
    expect(first.revision).toBe(1);
    expect(first.columns.exacts.every((exact) => exact === null)).toBe(true);
    const missing = await callRoute(annotationColumnsRoute, { token: world.tokens.a, params: { sourceId: world.source.id }, query: { revision: "9" } });
    expect(missing.status).toBe(404);
  });

  it("show a blind coder only their own highlights, everyone's once the round is closed, and nothing to a stranger", async () => {
    const world = await codingTeam();
    const ofA = await annotatePhrase(world.coders.a, world.source.id, "4 (per MSA)");
    const ofB = await annotatePhrase(world.coders.b, world.source.id, "looting and burning the town");
    const idsSeenBy = async (token: string) => {
      const { status, json } = await callRoute(annotationColumnsRoute, { token, params: { sourceId: world.source.id } });
      expect(status).toBe(200);
      return (json as { columns: Columns }).columns.ids.toSorted();
    };
    const opened = await openRound(world);
    expect(opened.status).toBe(201);
    expect(await idsSeenBy(world.tokens.a)).toEqual([ofA.id]);
    expect(await idsSeenBy(world.tokens.b)).toEqual([ofB.id]);
    expect(await idsSeenBy(world.tokens.owner)).toEqual([ofA.id, ofB.id].toSorted());

    const roundId = (opened.json as { round: { id: string } }).round.id;
    expect((await callRoute(closeCodingRoundRoute, { token: world.tokens.owner, params: { roundId } })).status).toBe(200);
    expect(await idsSeenBy(world.tokens.a)).toEqual([ofA.id, ofB.id].toSorted());

    const stranger = await tokenOf(await createUser({ name: "Not a member" }));
    const refused = await callRoute(annotationColumnsRoute, { token: stranger, params: { sourceId: world.source.id } });
    expect([403, 404]).toContain(refused.status);
  });
});
