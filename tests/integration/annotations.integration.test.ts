import { describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { listAnnotations } from "@/lib/server/annotations/list-annotations";
import { addRevision } from "@/lib/server/sources/add-revision";
import { corpus, createProject, createSource, testDb } from "./factories";

const PHRASE = "airstrikes did not occur";

function codePointOffsetOf(text: string, phrase: string): number {
  return [...text.slice(0, text.indexOf(phrase))].length;
}

async function setup() {
  const { project, members } = await createProject(["researcher", "viewer"]);
  const { source } = await createSource(members.researcher, project.id);
  return { project, members, source };
}

describe("annotations", () => {
  it("anchors a span by code point offsets and returns both selectors", async () => {
    const { members, source } = await setup();
    const start = codePointOffsetOf(corpus.talataye, PHRASE);
    const annotation = await createAnnotation(testDb(), members.researcher, source.id, { start, end: start + PHRASE.length });
    expect(annotation.selectors).toEqual([
      { type: "TextQuoteSelector", exact: PHRASE, prefix: expect.stringMatching(/Le Monde, which stated that $/), suffix: expect.stringMatching(/^, citing local sources/) },
      { type: "TextPositionSelector", start, end: start + PHRASE.length },
    ]);
    expect(annotation.selectors[0]).toHaveProperty("prefix.length", 32);
  });

  it("counts offsets in code points: spans after 'é' and '–' land on the right characters", async () => {
    const { members, source } = await setup();
    const start = codePointOffsetOf(corpus.talataye, "Ménaka Region");
    expect(start).not.toBe(corpus.talataye.indexOf("Ménaka Region") + 1);
    const annotation = await createAnnotation(testDb(), members.researcher, source.id, { start, end: start + 13 });
    expect(annotation.selectors[0]).toMatchObject({ exact: "Ménaka Region" });
  });

  it("anchors by a quote selector", async () => {
    const { members, source } = await setup();
    const annotation = await createAnnotation(testDb(), members.researcher, source.id, {
      quote: { exact: "6–7 September 2022", prefix: "Date: ", suffix: "" },
    });
    expect(annotation.selectors[0]).toMatchObject({ exact: "6–7 September 2022", prefix: expect.stringContaining("Date: ") });
  });

  it("rejects empty, reversed and out-of-range spans with a reason", async () => {
    const { members, source } = await setup();
    await expect(createAnnotation(testDb(), members.researcher, source.id, { start: 5, end: 5 })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("empty"),
    });
    await expect(createAnnotation(testDb(), members.researcher, source.id, { start: 10, end: 999_999 })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("outside the text"),
    });
    await expect(
      createAnnotation(testDb(), members.researcher, source.id, { quote: { exact: "not in this text at all", prefix: "", suffix: "" } }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it("refuses viewers", async () => {
    const { members, source } = await setup();
    await expect(createAnnotation(testDb(), members.viewer, source.id, { start: 0, end: 5 })).rejects.toMatchObject({ status: 403 });
  });
});

describe("new revisions", () => {
  it("re-anchors every annotation: moved after an inserted paragraph, fuzzy after an edit, orphaned when deleted — nothing dropped", async () => {
    const { members, source } = await setup();
    const at = (phrase: string) => {
      const start = codePointOffsetOf(corpus.talataye, phrase);
      return { start, end: start + [...phrase].length };
    };
    const moved = await createAnnotation(testDb(), members.researcher, source.id, at(PHRASE));
    const edited = await createAnnotation(testDb(), members.researcher, source.id, at("looting and burning the town"));
    const deleted = await createAnnotation(testDb(), members.researcher, source.id, at("2,400 civilians fled from Talataye"));

    const inserted = "An editor's note inserted before the battle section.\n\n";
    const newText = corpus.talataye
      .replace("== Battle ==", inserted + "== Battle ==")
      .replace("looting and burning the town", "looting and burnin the town")
      .replace("2,400 civilians fled from Talataye preceding and following the battle.", "");
    const result = await addRevision(testDb(), members.researcher, source.id, { text: newText, format: "plain" });
    expect(result.revision.number).toBe(2);
    expect(result.reanchoring).toMatchObject({ moved: expect.any(Number), fuzzy: 1, orphaned: 1 });

    const current = await listAnnotations(testDb(), members.researcher, source.id);
    const byId = new Map(current.map((a) => [a.id, a]));
    // The paragraph is inserted before the span; "burnin" lost one character before it too.
    const shift = [...inserted].length - 1;
    expect(byId.get(moved.id)).toMatchObject({ status: "moved", start: moved.selectors[1]!.start! + shift });
    expect(byId.get(edited.id)).toMatchObject({ status: "fuzzy" });
    expect(byId.get(deleted.id)).toMatchObject({ status: "orphaned", start: null });
    expect(current).toHaveLength(3);

    const first = await listAnnotations(testDb(), members.researcher, source.id, 1);
    expect(first.every((a) => a.status === "anchored")).toBe(true);
  });
});
