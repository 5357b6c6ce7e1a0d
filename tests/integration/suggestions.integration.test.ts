import { describe, expect, it } from "vitest";
import { importSource } from "@/lib/server/sources/import-source";
import { importSourceSchema } from "@/lib/sources/source-input";
import { testDb } from "./factories";
import { msaClaim, reviewProject } from "./review-factories";
import { callRoute, route, tokenOf } from "./route-client";

const suggestRoute = route("post", "/api/v1/suggestions");
const candidatesRoute = route("post", "/api/v1/sources/{sourceId}/suggestions");
const dismissRoute = route("post", "/api/v1/sources/{sourceId}/suggestions/{key}/dismiss");
const acceptRoute = route("post", "/api/v1/sources/{sourceId}/suggestions/{key}/accept");

const codePoints = (text: string) => [...text];
const codePointOffset = (text: string, phrase: string) => codePoints(text.slice(0, text.indexOf(phrase))).length;

interface Candidate {
  key: string;
  start: number;
  end: number;
  quote: string;
  valueSpan: { start: number; end: number };
  value: { type: string; min?: number | null; max?: number | null };
  qualifiers?: { victimGroup: string };
  attribution: { chain: { role: string; partyName: string }[] } | null;
}
type CandidateList = { revision: { id: string; number: number }; candidates: Candidate[]; dismissedCount: number };

// Astral characters before the figures: code points and UTF-16 units differ from there on.
const REPORT =
  "𝕏 Field report 𝕏. The MSA said 4 of its fighters were killed in the attack on Talataye. " +
  "According to ACLED, at least 30 civilians were killed on 6 September 2022.";

async function reportSource(setup: Awaited<ReturnType<typeof reviewProject>>) {
  const { source } = await importSource(
    testDb(),
    setup.members.owner,
    setup.project.id,
    importSourceSchema.parse({ title: "Field report", text: REPORT, language: "en", publishedAt: "2022-09-10" }),
  );
  return source;
}

async function candidatesOf(token: string, sourceId: string): Promise<CandidateList> {
  const listed = await callRoute(candidatesRoute, { token, params: { sourceId }, body: {} });
  expect(listed.status).toBe(200);
  return listed.json as CandidateList;
}

describe("POST /api/v1/suggestions", () => {
  it("reads figures, dates and attributions with code point offsets; refuses a text too long, anonymous callers and other projects", async () => {
    const setup = await reviewProject();
    const token = await tokenOf(setup.members.viewer);
    const text = "𝕏 Le Monde, citing local sources, reported at least 30 civilians killed on Sunday.";
    const answer = await callRoute(suggestRoute, { token, body: { text, publishedAt: "2022-09-10", language: "en", projectId: setup.project.id } });
    expect(answer.status).toBe(200);
    const found = answer.json as {
      quantities: { start: number; end: number; value: { kind: string; min: number }; qualifiers?: { victimGroup: string } }[];
      dates: { start: number; end: number; value: { start: string } }[];
      attributions: { start: number; end: number; chain: { role: string; partyName: string }[]; polarity: string | null; hedging: string | null }[];
    };
    const figure = found.quantities.find((q) => q.value.min === 30)!;
    expect(figure).toMatchObject({ value: { kind: "at_least", min: 30 }, qualifiers: { victimGroup: "civilians" } });
    expect(figure.start).toBe(codePointOffset(text, "at least 30"));
    expect(codePoints(text).slice(figure.start, figure.end).join("")).toContain("30");
    expect(found.dates[0]).toMatchObject({ value: { start: "2022-09-04" } });
    expect(codePoints(text).slice(found.dates[0]!.start, found.dates[0]!.end).join("")).toContain("Sunday");
    expect(found.attributions[0]).toEqual(expect.objectContaining({ chain: expect.arrayContaining([expect.objectContaining({ partyName: "local sources" })]) }));
    expect(Object.keys(found).sort()).toEqual(["attributions", "dates", "quantities"]);

    const long = await callRoute(suggestRoute, { token, body: { text: "a".repeat(100_001) } });
    expect(long).toMatchObject({ status: 400, json: { error: { details: { fields: [{ path: "body.text", message: "Send at most 100,000 characters" }] } } } });
    expect((await callRoute(suggestRoute, { token, body: { text: "" } })).status).toBe(400);
    expect((await callRoute(suggestRoute, { token, body: { text: "4 killed", publishedAt: "10/09/2022" } })).status).toBe(400);
    expect((await callRoute(suggestRoute, { body: { text: "4 killed" } })).status).toBe(401);
    const stranger = await tokenOf(setup.outsider);
    expect((await callRoute(suggestRoute, { token: stranger, body: { text: "4 killed", projectId: setup.project.id } })).status).toBe(404);
  });

  it("reads vague amounts as the project's own lexicon does", async () => {
    const setup = await reviewProject();
    const token = await tokenOf(setup.members.researcher);
    const text = "Dozens of civilians were killed.";
    const byDefault = (await callRoute(suggestRoute, { token, body: { text, projectId: setup.project.id } })).json as { quantities: { value: { min: number | null } }[] };
    expect(byDefault.quantities[0]?.value.min).toBe(12);
    await testDb().project.update({ where: { id: setup.project.id }, data: { vagueQuantities: [{ words: "dozens", min: 24, max: 99 }] } });
    const own = (await callRoute(suggestRoute, { token, body: { text, projectId: setup.project.id } })).json as { quantities: { value: { min: number | null } }[] };
    expect(own.quantities[0]?.value.min).toBe(24);
  });
});

describe("candidate claims of a source", () => {
  it("lists them in code points with stable keys, for any member; outsiders get 404", async () => {
    const setup = await reviewProject();
    const source = await reportSource(setup);
    const first = await candidatesOf(await tokenOf(setup.members.viewer), source.id);
    expect(first.dismissedCount).toBe(0);
    expect(first.revision.number).toBe(1);
    const thirty = first.candidates.find((c) => c.value.type === "quantity" && c.value.min === 30)!;
    expect(thirty.key).toMatch(/^[0-9a-f]{64}$/);
    expect(thirty.quote).toBe(codePoints(REPORT).slice(thirty.start, thirty.end).join(""));
    expect(thirty.quote).toContain("at least 30 civilians were killed");
    expect(thirty.valueSpan.start).toBe(codePointOffset(REPORT, "at least 30"));
    expect(codePoints(REPORT).slice(thirty.valueSpan.start, thirty.valueSpan.end).join("")).toBe("at least 30");
    const again = await candidatesOf(await tokenOf(setup.members.owner), source.id);
    expect(again.candidates.map((c) => c.key)).toEqual(first.candidates.map((c) => c.key));
    // An empty body asks for the current revision too.
    const bare = await callRoute(candidatesRoute, { token: await tokenOf(setup.members.owner), params: { sourceId: source.id }, rawBody: "" });
    expect(bare.status).toBe(200);
    expect((await callRoute(candidatesRoute, { token: await tokenOf(setup.outsider), params: { sourceId: source.id }, body: {} })).status).toBe(404);
    expect((await callRoute(candidatesRoute, { token: await tokenOf(setup.members.owner), params: { sourceId: source.id }, body: { revisionId: "nope" } })).status).toBe(404);
    expect((await callRoute(candidatesRoute, { params: { sourceId: source.id }, body: {} })).status).toBe(401);
  });

  it("dismisses one for good, idempotently and audited; a viewer may not", async () => {
    const setup = await reviewProject();
    const source = await reportSource(setup);
    const researcher = await tokenOf(setup.members.researcher);
    const { revision, candidates } = await candidatesOf(researcher, source.id);
    const target = candidates[0]!;
    const params = { sourceId: source.id, key: target.key };

    expect((await callRoute(dismissRoute, { token: await tokenOf(setup.members.viewer), params, body: { revisionId: revision.id } })).status).toBe(403);
    expect((await callRoute(dismissRoute, { token: await tokenOf(setup.outsider), params, body: { revisionId: revision.id } })).status).toBe(404);
    expect((await callRoute(dismissRoute, { token: researcher, params: { ...params, key: "0".repeat(64) }, body: { revisionId: revision.id } })).status).toBe(404);
    expect((await callRoute(dismissRoute, { token: researcher, params: { ...params, key: "not-a-key" }, body: { revisionId: revision.id } })).status).toBe(400);

    const dismissed = await callRoute(dismissRoute, { token: researcher, params, body: { revisionId: revision.id } });
    expect(dismissed).toMatchObject({ status: 200, json: { key: target.key, dismissedCount: 1 } });
    expect((await callRoute(dismissRoute, { token: await tokenOf(setup.members.reviewer), params, body: { revisionId: revision.id } })).json).toEqual({ key: target.key, dismissedCount: 1 });

    const after = await candidatesOf(researcher, source.id);
    expect(after.candidates.map((c) => c.key)).not.toContain(target.key);
    expect(after.candidates).toHaveLength(candidates.length - 1);
    expect(after.dismissedCount).toBe(1);
    const events = await testDb().auditEvent.findMany({ where: { projectId: setup.project.id, action: "suggestion.dismiss" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: setup.members.researcher.userId, after: { sourceId: source.id, revision: 1, key: target.key, quote: target.quote, claimId: null } });
  });

  it("accepts one as a highlight and a draft claim in one step; non-writers may not, and a refused claim leaves no highlight", async () => {
    const setup = await reviewProject();
    const source = await reportSource(setup);
    const researcher = await tokenOf(setup.members.researcher);
    const { revision, candidates } = await candidatesOf(researcher, source.id);
    const target = candidates.find((c) => c.value.type === "quantity" && c.value.min === 30)!;
    const params = { sourceId: source.id, key: target.key };
    const body = { revisionId: revision.id, subjectId: setup.vocabulary.battle.id, propertyId: setup.vocabulary.civilianDeaths.id };
    const annotationCount = () => testDb().annotation.count({ where: { sourceId: source.id } });

    expect((await callRoute(acceptRoute, { token: await tokenOf(setup.members.viewer), params, body })).status).toBe(403);
    expect((await callRoute(acceptRoute, { token: await tokenOf(setup.outsider), params, body })).status).toBe(404);
    // An assertion property cannot hold a figure: the claim is refused, and its highlight with it.
    const refused = await callRoute(acceptRoute, { token: researcher, params, body: { ...body, propertyId: setup.vocabulary.occurred.id } });
    expect(refused.status).toBe(400);
    expect(await annotationCount()).toBe(0);

    const accepted = await callRoute(acceptRoute, { token: researcher, params, body });
    expect(accepted.status).toBe(201);
    const { annotation, claim } = accepted.json as {
      annotation: { id: string; start: number; end: number; revision: number };
      claim: { id: string; status: string; value: unknown; qualifiers: Record<string, string>; hedging: string | null; attribution: { role: string; partyName: string | null }[]; evidence: { annotationId: string; exact: string }[] };
    };
    expect(annotation).toMatchObject({ start: target.start, end: target.end, revision: 1 });
    expect(claim).toMatchObject({
      status: "draft",
      value: target.value,
      qualifiers: { victimGroup: "civilians", time: "6 September 2022" },
      attribution: target.attribution!.chain.map((link) => expect.objectContaining(link)),
      evidence: [{ annotationId: annotation.id, exact: target.quote }],
    });
    expect(await annotationCount()).toBe(1);
    const actions = (await testDb().auditEvent.findMany({ where: { projectId: setup.project.id, actorId: setup.members.researcher.userId }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["annotation.create", "claim.create", "suggestion.accept"]));

    const after = await candidatesOf(researcher, source.id);
    expect(after.candidates.map((c) => c.key)).not.toContain(target.key);
    expect(after.dismissedCount).toBe(1);
    expect((await callRoute(acceptRoute, { token: researcher, params, body })).status).toBe(409);
    expect(await annotationCount()).toBe(1);
  });

  it("settles a candidate edited into a claim through the claim form, naming that claim of the same project", async () => {
    const setup = await reviewProject();
    const source = await reportSource(setup);
    const researcher = await tokenOf(setup.members.researcher);
    const { revision, candidates } = await candidatesOf(researcher, source.id);
    const params = { sourceId: source.id, key: candidates[0]!.key };
    const other = await reviewProject();
    const foreign = await msaClaim(other);
    expect((await callRoute(dismissRoute, { token: researcher, params, body: { revisionId: revision.id, claimId: foreign.id } })).status).toBe(404);
    expect(await testDb().suggestionDismissal.count({ where: { sourceId: source.id } })).toBe(0);

    const own = await msaClaim(setup);
    const settled = await callRoute(dismissRoute, { token: researcher, params, body: { revisionId: revision.id, claimId: own.id } });
    expect(settled).toMatchObject({ status: 200, json: { dismissedCount: 1 } });
    const event = await testDb().auditEvent.findFirstOrThrow({ where: { projectId: setup.project.id, action: "suggestion.dismiss" } });
    expect(event.after).toMatchObject({ claimId: own.id });
  });
});
