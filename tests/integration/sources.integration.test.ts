import { describe, expect, it } from "vitest";
import { MAX_SOURCE_BYTES } from "@/lib/sources/prepare-text";
import { sha256Hex } from "@/lib/sources/text-content";
import { getSource } from "@/lib/server/sources/get-source";
import { corpus, createProject, createSource, testDb } from "./factories";

describe("importing sources", () => {
  it("stores the text byte for byte with its sha256 and code point length", async () => {
    const { project, members } = await createProject(["researcher"]);
    const { source } = await createSource(members.researcher, project.id);
    const loaded = await getSource(testDb(), members.researcher, source.id);
    expect(loaded.revision.text).toBe(corpus.talataye);
    expect(loaded.revision.sha256).toBe(sha256Hex(corpus.talataye));
    expect(loaded.currentRevision?.codePoints).toBe([...corpus.talataye].length);
  });

  it("reports duplicate content instead of storing it twice", async () => {
    const { project, members } = await createProject(["researcher"]);
    const { source } = await createSource(members.researcher, project.id);
    await expect(createSource(members.researcher, project.id, corpus.talataye, "Copy")).rejects.toMatchObject({
      status: 409,
      code: "duplicate_content",
      details: expect.objectContaining({ sourceId: source.id }),
    });
    expect(await testDb().source.count({ where: { projectId: project.id } })).toBe(1);
  });

  it("rejects empty and oversized texts with clear errors", async () => {
    const { project, members } = await createProject(["researcher"]);
    await expect(createSource(members.researcher, project.id, "   \n")).rejects.toMatchObject({ status: 400 });
    await expect(createSource(members.researcher, project.id, "x".repeat(MAX_SOURCE_BYTES + 1))).rejects.toMatchObject({
      status: 413,
    });
  });

  it("refuses imports by viewers", async () => {
    const { project, members } = await createProject(["viewer"]);
    await expect(createSource(members.viewer, project.id)).rejects.toMatchObject({ status: 403 });
  });
});
