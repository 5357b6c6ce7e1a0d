import { describe, expect, it } from "vitest";
import { addRevision } from "@/lib/server/sources/add-revision";
import { annotatePhrase, corpus, testDb } from "./factories";
import { reviewProject } from "./review-factories";
import { callRoute, route, tokenOf } from "./route-client";

const anchorRoute = route("post", "/api/v1/annotations/{annotationId}/anchor");
const listRoute = route("get", "/api/v1/sources/{sourceId}/annotations");

const codePointOffset = (text: string, phrase: string) => [...text.slice(0, text.indexOf(phrase))].length;

describe("re-attaching a lost highlight", () => {
  it("places it on the current revision where the user selected, audited; one in place, a viewer or a range past the end is refused", async () => {
    const setup = await reviewProject();
    const researcher = await tokenOf(setup.members.researcher);
    const kept = await annotatePhrase(setup.members.researcher, setup.source.id, "17+ (per ACLED)");
    const replacement = "four, by the MSA's count";
    const text = corpus.talataye.replace("4 (per MSA)", replacement);
    await addRevision(testDb(), setup.members.owner, setup.source.id, { text, format: "plain" });
    const start = codePointOffset(text, replacement);
    const body = { start, end: start + [...replacement].length };

    expect((await callRoute(anchorRoute, { token: await tokenOf(setup.members.viewer), params: { annotationId: setup.span.id }, body })).status).toBe(403);
    expect((await callRoute(anchorRoute, { token: researcher, params: { annotationId: kept.id }, body })).status).toBe(409);
    const past = await callRoute(anchorRoute, { token: researcher, params: { annotationId: setup.span.id }, body: { start, end: [...text].length + 5 } });
    expect(past).toMatchObject({ status: 400, json: { error: { details: { fields: [{ path: "end" }] } } } });
    expect((await callRoute(anchorRoute, { token: researcher, params: { annotationId: setup.span.id }, body: { start: 10, end: 10 } })).status).toBe(400);

    const placed = await callRoute(anchorRoute, { token: researcher, params: { annotationId: setup.span.id }, body });
    expect(placed).toMatchObject({ status: 200, json: { annotation: { id: setup.span.id, status: "moved", start: body.start, end: body.end, revision: 2 } } });
    const listed = await callRoute(listRoute, { token: researcher, params: { sourceId: setup.source.id } });
    const annotations = (listed.json as { annotations: { id: string; start: number | null; selectors: { type: string; exact?: string }[] }[] }).annotations;
    const moved = annotations.find((a) => a.id === setup.span.id)!;
    expect(moved.start).toBe(body.start);
    expect(moved.selectors[0]).toMatchObject({ type: "TextQuoteSelector", exact: "4 (per MSA)" });
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { objectId: setup.span.id, action: "annotation.reattach" } });
    expect(audit).toMatchObject({ actorId: setup.members.researcher.userId, after: { revision: 2, text: replacement } });

    // Now in place: a second re-attach is refused.
    expect((await callRoute(anchorRoute, { token: researcher, params: { annotationId: setup.span.id }, body })).status).toBe(409);
  });
});
