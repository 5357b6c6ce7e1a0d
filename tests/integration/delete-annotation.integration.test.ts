import { describe, expect, it } from "vitest";
import { createComment } from "@/lib/server/comments/create-comment";
import { commentBodySchema } from "@/lib/review/comment-body";
import { annotatePhrase, testDb } from "./factories";
import { msaClaim, reviewProject } from "./review-factories";
import { callRoute, route, tokenOf } from "./route-client";

const deleteRoute = route("delete", "/api/v1/annotations/{annotationId}");
const listRoute = route("get", "/api/v1/sources/{sourceId}/annotations");

describe("deleting a highlight", () => {
  it("its author deletes one nothing builds on, audited; anyone else, or one with a claim or a comment, is refused", async () => {
    const setup = await reviewProject();
    const researcher = await tokenOf(setup.members.researcher);
    const lonely = await annotatePhrase(setup.members.researcher, setup.source.id, "Talataye");

    const listed = await callRoute(listRoute, { token: researcher, params: { sourceId: setup.source.id } });
    const flags = Object.fromEntries((listed.json as { annotations: { id: string; isInUse: boolean }[] }).annotations.map((a) => [a.id, a.isInUse]));
    expect(flags[lonely.id]).toBe(false);

    expect((await callRoute(deleteRoute, { token: await tokenOf(setup.members.owner), params: { annotationId: lonely.id } })).status).toBe(403);
    expect((await callRoute(deleteRoute, { token: await tokenOf(setup.outsider), params: { annotationId: lonely.id } })).status).toBe(404);
    expect((await callRoute(deleteRoute, { token: researcher, params: { annotationId: lonely.id } })).status).toBe(204);
    expect(await testDb().annotation.count({ where: { id: lonely.id } })).toBe(0);
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { objectId: lonely.id, action: "annotation.delete" } });
    expect(audit).toMatchObject({ actorId: setup.members.researcher.userId, before: { exact: "Talataye" } });

    await msaClaim(setup);
    expect(await callRoute(deleteRoute, { token: researcher, params: { annotationId: setup.span.id } })).toMatchObject({ status: 409, json: { error: { code: "annotation_in_use" } } });
    const commented = await annotatePhrase(setup.members.researcher, setup.source.id, "JNIM");
    const body = commentBodySchema.parse({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Check this." }] }] });
    await createComment(testDb(), setup.members.owner, { type: "annotation", id: commented.id }, body);
    expect((await callRoute(deleteRoute, { token: researcher, params: { annotationId: commented.id } })).status).toBe(409);
    expect(await testDb().annotation.count({ where: { id: { in: [setup.span.id, commented.id] } } })).toBe(2);
  });
});
