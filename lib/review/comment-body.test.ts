import { describe, expect, it } from "vitest";
import { commentBodySchema, commentExcerpt, commentMentions, commentPlainText, relabelMentions, safeHref } from "./comment-body";

const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });

describe("commentBodySchema", () => {
  it("keeps what the editor produces and drops attributes it does not need", () => {
    const editorJson = doc(
      paragraph(
        text("Checked against "),
        text("ACLED", [{ type: "bold" }, { type: "link", attrs: { href: "https://acleddata.com/", target: "_blank", rel: "noopener", class: null } }]),
        { type: "mention", attrs: { id: "u1", label: "Rémi Reviewer", mentionSuggestionChar: "@" } },
      ),
      { type: "orderedList", attrs: { start: 1, type: null }, content: [{ type: "listItem", content: [paragraph(text("one", [{ type: "italic" }]))] }] },
      { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("two"), { type: "hardBreak" }, text("three"))] }] },
      { type: "paragraph" },
    );
    expect(commentBodySchema.parse(editorJson)).toEqual(
      doc(
        paragraph(
          text("Checked against "),
          text("ACLED", [{ type: "bold" }, { type: "link", attrs: { href: "https://acleddata.com/" } }]),
          { type: "mention", attrs: { id: "u1", label: "Rémi Reviewer" } },
        ),
        { type: "orderedList", attrs: { start: 1 }, content: [{ type: "listItem", content: [paragraph(text("one", [{ type: "italic" }]))] }] },
        { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("two"), { type: "hardBreak" }, text("three"))] }] },
      ),
    );
  });

  it.each(["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "/relative", "vbscript:x"])(
    "drops a link to %s but keeps its text",
    (href) => {
      const parsed = commentBodySchema.parse(doc(paragraph(text("click", [{ type: "link", attrs: { href } }]))));
      expect(parsed).toEqual(doc(paragraph(text("click"))));
    },
  );

  it("keeps http, https and mailto links", () => {
    expect(safeHref("http://example.org/a?b=1")).toBe("http://example.org/a?b=1");
    expect(safeHref("mailto:desk@example.org")).toBe("mailto:desk@example.org");
  });

  it.each([
    ["an unknown node type", doc({ type: "heading", attrs: { level: 1 }, content: [text("x")] })],
    ["raw HTML smuggled as a node", doc({ type: "html", html: "<img src=x onerror=alert(1)>" })],
    ["an unknown mark", doc(paragraph(text("x", [{ type: "textStyle", attrs: { color: "red" } }])))],
    ["a document that is not a doc", { type: "paragraph", content: [text("x")] }],
    ["an empty comment", doc({ type: "paragraph" })],
    ["only whitespace", doc(paragraph(text("   ")))],
    ["a string", "<p>hello</p>"],
  ])("refuses %s", (_label, input) => {
    expect(commentBodySchema.safeParse(input).success).toBe(false);
  });

  it("refuses absurd nesting without overflowing the stack", () => {
    let node: unknown = paragraph(text("deep"));
    for (let i = 0; i < 5000; i += 1) node = { type: "bulletList", content: [{ type: "listItem", content: [node] }] };
    const result = commentBodySchema.safeParse(doc(node));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("The comment is nested too deeply.");
  });

  it("refuses comments longer than the limit", () => {
    expect(commentBodySchema.safeParse(doc(paragraph(text("x".repeat(10_001))))).success).toBe(false);
  });
});

describe("mentions and text", () => {
  const body = commentBodySchema.parse(
    doc(
      paragraph(text("Ask "), { type: "mention", attrs: { id: "u1", label: "old name" } }, text(" and "), { type: "mention", attrs: { id: "u2" } }),
      { type: "bulletList", content: [{ type: "listItem", content: [paragraph({ type: "mention", attrs: { id: "u1", label: "x" } })] }] },
    ),
  );

  it("lists each mentioned person once", () => {
    expect(commentMentions(body)).toEqual(["u1", "u2"]);
  });

  it("relabels mentions with current names, also inside lists", () => {
    const names: Record<string, string> = { u1: "Rémi Reviewer", u2: "Olivia Owner" };
    const relabelled = relabelMentions(body, (id) => names[id]!);
    expect(commentPlainText(relabelled)).toBe("Ask @Rémi Reviewer and @Olivia Owner\n@Rémi Reviewer");
  });

  it("makes a one-line excerpt", () => {
    expect(commentExcerpt(body, 12)).toBe("Ask @old na…");
  });
});
