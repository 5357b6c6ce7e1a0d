import { getSchema } from "@tiptap/core";
import { EditorState } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { describe, expect, it, vi } from "vitest";
import { createCitationPlugin } from "@/components/source-reader/citation-plugin";
import {
  createHighlightPlugin,
  getHighlightState,
  setActiveHighlight,
  setHighlights,
} from "@/components/source-reader/highlight-plugin";
import type { ReaderHighlight } from "@/components/source-reader/highlight-types";
import { createReaderExtensions } from "@/components/source-reader/reader-extensions";
import { TALATAYE_2022 } from "@/lib/anchoring/fixtures/corpus";
import { createPositionMap } from "@/lib/anchoring/position-map";
import { buildReaderDocument } from "@/lib/anchoring/reader-document";

const schema = getSchema(createReaderExtensions(() => undefined));

function readerState(text: string, onActivate: (id: string) => void = () => undefined) {
  const plugin = createHighlightPlugin(onActivate);
  const state = EditorState.create({
    doc: schema.nodeFromJSON(buildReaderDocument(text)),
    plugins: [plugin, createCitationPlugin()],
  });
  return { plugin, state, positionMap: createPositionMap(text) };
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

  it("builds decorations for 10,000 highlights on a 1 MB text quickly", () => {
    const paragraph = `${TALATAYE_2022.split("\n").filter((line) => line.length > 300).join("\n\n")}\n\n`;
    const bigText = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const { state, positionMap } = readerState(bigText);
    const step = Math.floor(bigText.length / 10_000);
    const many = Array.from({ length: 10_000 }, (_, i) =>
      highlight(`h${i}`, i * step, i * step + 40 + (i % 5) * 40, { status: i % 2 ? "approved" : "draft" }),
    );
    const started = performance.now();
    const next = state.apply(setHighlights(state.tr, many, positionMap, bigText.length));
    const elapsed = performance.now() - started;
    expect(getHighlightState(next)!.decorations.find().length).toBeGreaterThanOrEqual(10_000);
    expect(elapsed).toBeLessThan(1_500);
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
