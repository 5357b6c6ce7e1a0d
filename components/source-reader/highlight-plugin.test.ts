import { getSchema } from "@tiptap/core";
import { EditorState } from "@tiptap/pm/state";
import fc from "fast-check";
import type { EditorView } from "@tiptap/pm/view";
import { describe, expect, it, vi } from "vitest";
import { createCitationPlugin } from "@/components/source-reader/citation-plugin";
import {
  addHighlight,
  createHighlightPlugin,
  getHighlightState,
  setActiveHighlight,
  setHighlights,
} from "@/components/source-reader/highlight-plugin";
import type { ReaderHighlight } from "@/components/source-reader/highlight-types";
import { createReaderExtensions, createSourceTextClipboardPlugin } from "@/components/source-reader/reader-extensions";
import { TALATAYE_2022 } from "@/lib/anchoring/fixtures/corpus";
import { createPositionMap } from "@/lib/anchoring/position-map";
import { createCodePointIndex } from "@/lib/anchoring/code-point-index";
import { buildReaderDocument, sectionReaderDocument } from "@/lib/anchoring/reader-document";
import { sourceText } from "@/lib/anchoring/test-arbitraries";

const schema = getSchema(createReaderExtensions({ current: () => undefined }, { current: () => undefined }));

/** The reader's state for `text`, its blocks grouped in sections of `linesPerSection` lines when given. */
function readerState(text: string, onActivate: (id: string) => void = () => undefined, linesPerSection?: number) {
  const plugin = createHighlightPlugin(onActivate);
  const flat = buildReaderDocument(text);
  const state = EditorState.create({
    doc: schema.nodeFromJSON(linesPerSection ? sectionReaderDocument(flat, linesPerSection) : flat),
    plugins: [plugin, createCitationPlugin()],
  });
  return { plugin, state, positionMap: createPositionMap(text, createCodePointIndex(text), linesPerSection) };
}

const highlight = (id: string, start: number, end: number, extra: Partial<ReaderHighlight> = {}): ReaderHighlight => ({
  id,
  start,
  end,
  status: "submitted",
  hasConflict: false,
  label: `claim ${id}`,
  ...extra,
});

describe("highlight plugin", () => {
  const text = TALATAYE_2022;
  const denial = highlight("denial", 3072, 3146, { hasConflict: true });
  const occur = highlight("occur", 3100, 3124, { status: "approved" });
  const acrossBlocks = highlight("across", 3230, 3303, { status: "draft" });

  it("decorates nested spans with every id, the innermost status, the depth and the conflict", () => {
    const { state, positionMap } = readerState(text);
    const next = state.apply(setHighlights(state.tr, [occur, denial], positionMap, text.length));
    const decorations = getHighlightState(next)!.decorations.find();
    const inner = positionMap.textRangeToDocRange(occur.start, occur.end);
    const innerDecoration = decorations.find((d) => d.from === inner.from && d.to === inner.to);
    expect(decorations).toHaveLength(3);
    expect(next.doc.textBetween(inner.from, inner.to)).toBe("airstrikes did not occur");
    expect(attrsOf(innerDecoration)).toEqual({
      class: "hl hl--approved hl--depth-2 hl--conflict",
      "data-highlight-ids": "denial occur",
      title: "claim denial · claim occur",
    });
  });

  it("covers a highlight that spans blocks from its first to its last character", () => {
    const { state, positionMap } = readerState(text);
    const next = state.apply(setHighlights(state.tr, [acrossBlocks], positionMap, text.length));
    const [decoration] = getHighlightState(next)!.decorations.find();
    expect(next.doc.textBetween(decoration!.from, decoration!.to, "\n")).toBe(
      "JNIM-MSA forces regained control of the town.\n\n== Losses and aftermath ==",
    );
  });

  it("marks the active highlight without rebuilding the others, and keeps it across updates", () => {
    const { state, positionMap } = readerState(text);
    const withHighlights = state.apply(setHighlights(state.tr, [denial, occur], positionMap, text.length));
    const active = withHighlights.apply(setActiveHighlight(withHighlights.tr, "denial"));
    expect(getHighlightState(active)!.base).toBe(getHighlightState(withHighlights)!.base);
    const activeDecorations = () => getHighlightState(active)!.decorations.find().filter((d) => hasClass(d, "hl--active"));
    expect(activeDecorations()).toHaveLength(1);

    const updated = active.apply(setHighlights(active.tr, [denial], positionMap, text.length));
    expect(getHighlightState(updated)!.decorations.find().filter((d) => hasClass(d, "hl--active"))).toHaveLength(1);
  });

  it("keeps the decoration set when a transaction changes neither highlights nor text", () => {
    const { state, positionMap } = readerState(text);
    const withHighlights = state.apply(setHighlights(state.tr, [denial], positionMap, text.length));
    const after = withHighlights.apply(withHighlights.tr.setMeta("unrelated", true));
    expect(getHighlightState(after)).toBe(getHighlightState(withHighlights));
  });

  it("clamps highlights to the text and drops empty ones", () => {
    const { state, positionMap } = readerState("short text");
    const next = state.apply(
      setHighlights(state.tr, [highlight("past", 6, 99), highlight("empty", 3, 3)], positionMap, "short text".length),
    );
    const decorations = getHighlightState(next)!.decorations.find();
    expect(decorations.map((d) => next.doc.textBetween(d.from, d.to))).toEqual(["text"]);
  });

  it("steps to the next and previous highlight with j and k, wrapping around", () => {
    const onActivate = vi.fn();
    const { plugin, state, positionMap } = readerState(text, onActivate);
    let current = state.apply(setHighlights(state.tr, [acrossBlocks, occur, denial], positionMap, text.length));
    const press = (key: string) =>
      plugin.props.handleDOMEvents!.keydown!.call(plugin, { state: current } as EditorView, {
        key,
        ctrlKey: false,
        metaKey: false,
        altKey: false,
        preventDefault: () => undefined,
      } as KeyboardEvent);

    press("j");
    expect(onActivate).toHaveBeenLastCalledWith("denial");
    current = current.apply(setActiveHighlight(current.tr, "denial"));
    press("j");
    expect(onActivate).toHaveBeenLastCalledWith("occur");
    press("k");
    expect(onActivate).toHaveBeenLastCalledWith("across");
  });

  it("builds decorations for 10,000 highlights on a 1 MB text", () => {
    const paragraph = `${TALATAYE_2022.split("\n").filter((line) => line.length > 300).join("\n\n")}\n\n`;
    const bigText = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const { state, positionMap } = readerState(bigText);
    const step = Math.floor(bigText.length / 10_000);
    const many = Array.from({ length: 10_000 }, (_, i) =>
      highlight(`h${i}`, i * step, i * step + 40 + (i % 5) * 40, { status: i % 2 ? "approved" : "draft" }),
    );
    const next = state.apply(setHighlights(state.tr, many, positionMap, bigText.length));
    expect(getHighlightState(next)!.decorations.find().length).toBeGreaterThanOrEqual(10_000);
  });
});

describe("highlight plugin, incremental updates", () => {
  type Styled = Pick<ReaderHighlight, "start" | "end" | "status" | "hasConflict">;

  /** Every decoration as plain data, in a stable order. */
  const drawn = (state: EditorState) =>
    getHighlightState(state)!
      .decorations.find()
      .map((d) => ({ from: d.from, to: d.to, attrs: attrsOf(d) }))
      .sort((a, b) => a.from - b.from || a.to - b.to || String(a.attrs.class).localeCompare(String(b.attrs.class)));

  /** The state after `before`, the active one, then `after`, against the state built from `after` alone. */
  const updateAndRebuild = (
    text: string,
    before: ReaderHighlight[],
    after: ReaderHighlight[],
    activeId?: string,
    linesPerSection?: number,
  ) => {
    const length = [...text].length;
    const { state, positionMap } = readerState(text, undefined, linesPerSection);
    const first = state.apply(setHighlights(state.tr, before, positionMap, length));
    const active = first.apply(setActiveHighlight(first.tr, activeId));
    const updated = active.apply(setHighlights(active.tr, after, positionMap, length));
    const rebuilt = [setActiveHighlight, (tr: typeof state.tr) => setHighlights(tr, after, positionMap, length)].reduce(
      (current, step) => current.apply(step(current.tr, activeId)),
      readerState(text, undefined, linesPerSection).state,
    );
    return { updated, rebuilt, first, positionMap };
  };

  const styled = (length: number): fc.Arbitrary<Styled> =>
    fc.record({
      // Past the end and empty spans too: they are clamped and dropped.
      start: fc.nat({ max: length + 2 }),
      end: fc.nat({ max: length + 2 }),
      status: fc.constantFrom("draft" as const, "approved" as const, "rejected" as const),
      hasConflict: fc.boolean(),
    }).map((h) => ({ ...h, start: Math.min(h.start, h.end), end: Math.max(h.start, h.end) }));

  const scenario = sourceText().chain((text) => {
    const length = [...text].length;
    return fc.record({
      text: fc.constant(text),
      before: fc.array(styled(length), { maxLength: 12 }),
      edits: fc.array(fc.constantFrom("keep", "remove", "move", "restyle", "relabel"), { minLength: 12, maxLength: 12 }),
      replacements: fc.array(styled(length), { minLength: 12, maxLength: 12 }),
      added: fc.array(styled(length), { maxLength: 6 }),
      activeIndex: fc.nat({ max: 12 }),
      reversed: fc.boolean(),
      linesPerSection: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    });
  });

  it("draws exactly what a rebuild draws after highlights are added, removed, moved and restyled", () => {
    fc.assert(
      fc.property(scenario, ({ text, before, edits, replacements, added, activeIndex, reversed, linesPerSection }) => {
        const initial = before.map((h, i) => highlight(`h${i}`, h.start, h.end, h));
        const edited = initial.flatMap((h, i): ReaderHighlight[] => {
          const replacement = replacements[i]!;
          switch (edits[i]) {
            case "remove":
              return [];
            case "move":
              return [{ ...h, start: replacement.start, end: replacement.end }];
            case "restyle":
              return [{ ...h, status: replacement.status, hasConflict: !h.hasConflict }];
            case "relabel":
              return [{ ...h, label: `${h.label}, edited` }];
            default:
              return [{ ...h }];
          }
        });
        const after = [...edited, ...added.map((h, i) => highlight(`new${i}`, h.start, h.end, h))];
        const { updated, rebuilt } = updateAndRebuild(
          text,
          initial,
          reversed ? after.reverse() : after,
          `h${activeIndex}`,
          linesPerSection,
        );
        expect(drawn(updated)).toEqual(drawn(rebuilt));
      }),
      { numRuns: 300 },
    );
  });

  it("draws a highlight added ahead of the list as the list with it draws, and the list that follows redraws nothing", () => {
    fc.assert(
      fc.property(scenario, ({ text, before, added, activeIndex, linesPerSection }) => {
        const length = [...text].length;
        const initial = before.map((h, i) => highlight(`h${i}`, h.start, h.end, h));
        const { state, positionMap } = readerState(text, undefined, linesPerSection);
        let current = state.apply(setHighlights(state.tr, initial, positionMap, length));
        current = current.apply(setActiveHighlight(current.tr, `h${activeIndex}`));
        let list = initial;
        for (const [i, h] of added.entries()) {
          const drawnAhead = highlight(`new${i}`, h.start, h.end, h);
          current = current.apply(addHighlight(current.tr, drawnAhead));
          list = [...list, drawnAhead];
        }
        const caughtUp = current.apply(setHighlights(current.tr, list, positionMap, length));
        expect(getHighlightState(caughtUp)!.base).toBe(getHighlightState(current)!.base);
        const rebuilt = [setActiveHighlight, (tr: typeof state.tr) => setHighlights(tr, list, positionMap, length)].reduce(
          (next, step) => next.apply(step(next.tr, `h${activeIndex}`)),
          readerState(text, undefined, linesPerSection).state,
        );
        expect(drawn(current)).toEqual(drawn(rebuilt));
      }),
      { numRuns: 300 },
    );
  });

  it("draws nothing ahead before any text is shown", () => {
    const { state } = readerState(TALATAYE_2022);
    const next = state.apply(addHighlight(state.tr, highlight("early", 10, 20)));
    expect(getHighlightState(next)!.decorations.find()).toHaveLength(0);
  });

  it("keeps every other block's decorations when one highlight is added or removed", () => {
    // 1,000 lines of 100 characters, nested highlights inside each line, so
    // that each block's decorations are a subtree of their own.
    const text = `${"x".repeat(99)}\n`.repeat(1_000);
    const blockStarts: number[] = [];
    readerState(text).state.doc.forEach((_block, offset) => blockStarts.push(offset));
    const many = Array.from({ length: 2_000 }, (_, i) =>
      highlight(`h${i}`, Math.floor(i / 2) * 100 + (i % 2) * 20, Math.floor(i / 2) * 100 + 60),
    );
    const added = highlight("added", 50_010, 50_030);
    const { updated, rebuilt, first, positionMap } = updateAndRebuild(text, many, [...many, added]);
    expect(drawn(updated)).toEqual(drawn(rebuilt));

    const redrawnBlocks = (a: EditorState, b: EditorState) => {
      const [setA, setB] = [getHighlightState(a)!.base, getHighlightState(b)!.base];
      return blockStarts.filter((offset) => {
        const block = a.doc.nodeAt(offset)!;
        return setA.forChild(offset, block) !== setB.forChild(offset, block);
      }).length;
    };
    expect(redrawnBlocks(first, updated)).toBe(1);
    const removed = updated.apply(setHighlights(updated.tr, many, positionMap, text.length));
    expect(redrawnBlocks(updated, removed)).toBe(1);
    expect(drawn(removed)).toEqual(drawn(first));
  });

  it("keeps the decoration set when the highlights come back equal but as new objects", () => {
    const text = TALATAYE_2022;
    const { state, positionMap } = readerState(text);
    const list = [highlight("a", 3072, 3146), highlight("b", 3100, 3124)];
    const first = state.apply(setHighlights(state.tr, list, positionMap, text.length));
    const again = first.apply(setHighlights(first.tr, list.map((h) => ({ ...h })), positionMap, text.length));
    expect(getHighlightState(again)!.base).toBe(getHighlightState(first)!.base);
  });

  it("draws repeated ids as a rebuild does", () => {
    const text = TALATAYE_2022;
    const twice = [highlight("same", 3072, 3146), highlight("same", 3100, 3124, { status: "approved" })];
    const { updated, rebuilt } = updateAndRebuild(text, [highlight("same", 10, 20)], twice);
    expect(drawn(updated)).toEqual(drawn(rebuilt));
  });
});

describe("sectioned reader documents", () => {
  const text = "First line.[1]\n\n[13] Second line.\nThird line.";

  it("decorate citation markers and copy as the source text, across sections", () => {
    const { state, positionMap } = readerState(text, undefined, 2);
    const citations = (state.plugins[1]!.getState(state) as { find: () => Array<{ from: number; to: number }> }).find();
    expect(citations.map((d) => state.doc.textBetween(d.from, d.to))).toEqual(["[1]", "[13]"]);

    const serialize = createSourceTextClipboardPlugin().props.clipboardTextSerializer!;
    const { from, to } = positionMap.textRangeToDocRange(6, text.length - 3);
    const copied = serialize.call(undefined as never, state.doc.slice(from, to), undefined as never);
    expect(copied).toBe(text.slice(6, -3));
  });
});

describe("citation plugin", () => {
  it("decorates citation markers in place", () => {
    const text = "First line.[1]\n\n[13] Second line.";
    const { state } = readerState(text);
    const citationPlugin = state.plugins[1]!;
    const decorations = (citationPlugin.getState(state) as { find: () => Array<{ from: number; to: number }> }).find();
    expect(decorations.map((d) => state.doc.textBetween(d.from, d.to))).toEqual(["[1]", "[13]"]);
  });
});

/** ProseMirror keeps an inline decoration's DOM attributes on its internal `type`; there is no DOM here to render them. */
function attrsOf(decoration: unknown): Record<string, string> {
  return (decoration as { type: { attrs: Record<string, string> } }).type.attrs;
}

function hasClass(decoration: unknown, className: string): boolean {
  return attrsOf(decoration).class?.split(" ").includes(className) ?? false;
}
