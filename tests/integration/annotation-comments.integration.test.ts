import { describe, expect, it } from "vitest";
import { createComment } from "@/lib/server/comments/create-comment";
import { listComments } from "@/lib/server/comments/list-comments";
import { annotatePhrase, createProject, createSource, testDb } from "./factories";

const body = (text: string) => ({ type: "doc" as const, content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text }] }] });

describe("comments on a highlighted span", () => {
  it("are stored on the annotation, listed with it, and refused to viewers", async () => {
    const { project, members } = await createProject(["researcher", "viewer"]);
    const { source } = await createSource(members.researcher, project.id);
    const annotation = await annotatePhrase(members.researcher, source.id, "airstrikes did not occur");
    const target = { type: "annotation" as const, id: annotation.id };

    await createComment(testDb(), members.researcher, target, body("Which local sources? Check Le Monde's article."));
    const thread = await listComments(testDb(), members.viewer, target);
    expect(thread.comments).toHaveLength(1);
    expect(await testDb().comment.findFirstOrThrow({ where: { annotationId: annotation.id } })).toMatchObject({ claimId: null, conflictId: null });
    await expect(createComment(testDb(), members.viewer, target, body("I only read."))).rejects.toMatchObject({ status: 403 });
  });
});
