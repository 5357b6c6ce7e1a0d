import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TALATAYE_2022 } from "@/lib/anchoring/fixtures/corpus";
import { buildReaderDocument, type ReaderBlockNode, sectionReaderDocument } from "@/lib/anchoring/reader-document";
import { sourceText } from "@/lib/anchoring/test-arbitraries";
import { toProseMirrorDoc } from "@/lib/anchoring/test-reader-schema";

const blockText = (block: ReaderBlockNode) => (block.content ?? []).map((node) => node.text).join("");
const describeBlock = (block: ReaderBlockNode) =>
  block.type === "heading" ? `heading ${block.attrs.level}` : block.attrs.kind;

describe("buildReaderDocument", () => {
  const document = buildReaderDocument(TALATAYE_2022);

  it("makes one block per line of the Talataye article", () => {
    expect(document.content.slice(0, 6).map(describeBlock)).toEqual([
      "heading 1",
      "separator",
      "infobox-title",
      "infobox-row",
      "infobox-row",
      "infobox-row",
    ]);
    const background = document.content.findIndex((block) => blockText(block) === "== Background ==");
    expect(describeBlock(document.content[background]!)).toBe("heading 2");
    expect(describeBlock(document.content[background + 1]!)).toBe("body");
    expect(document.content.filter((block) => describeBlock(block) === "infobox-row")).toHaveLength(15);
  });

  it("keeps heading markers as text, marked for muting", () => {
    expect(document.content[0]).toEqual({
      type: "heading",
      attrs: { level: 1 },
      content: [
        { type: "text", text: "= ", marks: [{ type: "sourceToken", attrs: { role: "marker" } }] },
        { type: "text", text: "Battle of Talataye (2022)" },
        { type: "text", text: " =", marks: [{ type: "sourceToken", attrs: { role: "marker" } }] },
      ],
    });
  });

  it("splits an infobox row into bullet, key and value", () => {
    const date = document.content.find((block) => blockText(block) === "- Date: 6–7 September 2022");
    expect(date).toEqual({
      type: "paragraph",
      attrs: { kind: "infobox-row" },
      content: [
        { type: "text", text: "- ", marks: [{ type: "sourceToken", attrs: { role: "marker" } }] },
        { type: "text", text: "Date:", marks: [{ type: "sourceToken", attrs: { role: "infobox-key" } }] },
        { type: "text", text: " 6–7 September 2022" },
      ],
    });
  });

  it("gives a blank line no content", () => {
    expect(document.content[1]).toEqual({ type: "paragraph", attrs: { kind: "separator" } });
  });

  it("ends the infobox at the first blank line", () => {
    const blocks = buildReaderDocument("Infobox\n- Place: Talataye\n\n- not a row").content;
    expect(blocks.map(describeBlock)).toEqual(["infobox-title", "infobox-row", "separator", "body"]);
  });

  it.each([
    ["=== Aftermath ===", "heading 3"],
    ["==Background==", "heading 2"],
    ["== Unbalanced =", "body"],
    ["====", "body"],
    ["= =", "body"],
  ])("reads %j as %s", (line, expected) => {
    expect(describeBlock(buildReaderDocument(line).content[0]!)).toBe(expected);
  });

  it("holds every character of any text, and ProseMirror accepts it", () => {
    fc.assert(
      fc.property(sourceText(), (text) => {
        const built = buildReaderDocument(text);
        expect(built.content.map(blockText).join("\n")).toBe(text);
        const doc = toProseMirrorDoc(built);
        expect(doc.textBetween(0, doc.content.size, "\n")).toBe(text);
      }),
    );
  });
});

describe("sectionReaderDocument", () => {
  it("groups the blocks in order into sections of the given number of lines, adding no text", () => {
    fc.assert(
      fc.property(sourceText(), fc.integer({ min: 1, max: 5 }), (text, linesPerSection) => {
        const flat = buildReaderDocument(text);
        const sectioned = sectionReaderDocument(flat, linesPerSection);
        expect(sectioned.content.flatMap((section) => section.content)).toEqual(flat.content);
        expect(sectioned.content.slice(0, -1).every((section) => section.content.length === linesPerSection)).toBe(true);
        const doc = toProseMirrorDoc(sectioned);
        expect(doc.textBetween(0, doc.content.size, "\n")).toBe(text);
      }),
    );
  });
});

