import type { Node } from "@tiptap/pm/model";
import { type EditorState, Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import { segmentHighlights, sortHighlights } from "@/components/source-reader/highlight-segments";
import type { ReaderHighlight } from "@/components/source-reader/highlight-types";
import type { PositionMap } from "@/lib/anchoring/position-map";

/**
 * Draws highlights as inline decorations, never as marks, so that they stay
 * out of the document and may overlap freely. The decoration set is rebuilt
 * only when the highlights or the active one change (see setHighlights and
 * setActiveHighlight), never on other transactions.
 */

/** Deeper nesting than this is drawn like this depth. */
const MAX_DRAWN_DEPTH = 4;

interface PositionedHighlight {
  highlight: ReaderHighlight;
  from: number;
  to: number;
}

interface HighlightState {
  /** Outermost first, by start. */
  highlights: PositionedHighlight[];
  activeId: string | undefined;
  /** Every highlight without the active marker, reused when only the active one changes. */
  base: DecorationSet;
  decorations: DecorationSet;
}

type HighlightMeta =
  | { kind: "highlights"; highlights: readonly ReaderHighlight[]; positionMap: PositionMap; textLength: number }
  | { kind: "active"; activeId: string | undefined };

const highlightPluginKey = new PluginKey<HighlightState>("sourceReaderHighlights");

export function setHighlights(
  tr: Transaction,
  highlights: readonly ReaderHighlight[],
  positionMap: PositionMap,
  textLength: number,
): Transaction {
  return tr.setMeta(highlightPluginKey, { kind: "highlights", highlights, positionMap, textLength } satisfies HighlightMeta);
}

export function setActiveHighlight(tr: Transaction, activeId: string | undefined): Transaction {
  return tr.setMeta(highlightPluginKey, { kind: "active", activeId } satisfies HighlightMeta);
}

export function getHighlightState(state: EditorState): HighlightState | undefined {
  return highlightPluginKey.getState(state);
}

export function createHighlightPlugin(onActivate: (id: string) => void): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightPluginKey,
    state: {
      init: () => ({ highlights: [], activeId: undefined, base: DecorationSet.empty, decorations: DecorationSet.empty }),
      apply(tr, previous, _oldState, newState) {
        const meta = tr.getMeta(highlightPluginKey) as HighlightMeta | undefined;
        if (meta?.kind === "highlights") {
          const highlights = positionHighlights(meta.highlights, meta.positionMap, meta.textLength);
          const base = DecorationSet.create(newState.doc, segmentDecorations(highlights, meta.positionMap));
          return withActive({ ...previous, highlights, base }, previous.activeId, newState.doc);
        }
        if (meta?.kind === "active") return withActive(previous, meta.activeId, newState.doc);
        if (!tr.docChanged) return previous;
        return withActive(
          { ...previous, base: previous.base.map(tr.mapping, tr.doc) },
          previous.activeId,
          newState.doc,
        );
      },
    },
    props: {
      decorations: (state) => highlightPluginKey.getState(state)?.decorations,
      handleClick(view, _pos, event) {
        const id = innermostHighlightId(view, event.target);
        if (id) onActivate(id);
        return false;
      },
      handleDOMEvents: {
        keydown(view, event) {
          if (event.ctrlKey || event.metaKey || event.altKey || (event.key !== "j" && event.key !== "k")) return false;
          const id = stepFromActive(view.state, event.key === "j" ? 1 : -1);
          if (!id) return false;
          event.preventDefault();
          onActivate(id);
          return true;
        },
      },
    },
  });
}

function positionHighlights(
  highlights: readonly ReaderHighlight[],
  positionMap: PositionMap,
  textLength: number,
): PositionedHighlight[] {
  return sortHighlights(
    highlights.map((highlight) => ({
      ...highlight,
      start: Math.max(0, Math.min(highlight.start, textLength)),
      end: Math.max(0, Math.min(highlight.end, textLength)),
    })),
  )
    .filter((highlight) => highlight.end > highlight.start)
    .map((highlight) => ({ highlight, ...positionMap.textRangeToDocRange(highlight.start, highlight.end) }));
}

/**
 * One decoration per segment of text covered by the same highlights, carrying
 * their ids outermost first, the innermost's status and the nesting depth.
 */
function segmentDecorations(highlights: PositionedHighlight[], positionMap: PositionMap): Decoration[] {
  return segmentHighlights(highlights.map((positioned) => positioned.highlight)).map((segment) => {
    const innermost = segment.highlights[segment.highlights.length - 1]!;
    const depth = Math.min(segment.highlights.length, MAX_DRAWN_DEPTH);
    const hasConflict = segment.highlights.some((highlight) => highlight.hasConflict);
    const { from, to } = positionMap.textRangeToDocRange(segment.start, segment.end);
    return Decoration.inline(from, to, {
      class: `hl hl--${innermost.status} hl--depth-${depth}${hasConflict ? " hl--conflict" : ""}`,
      "data-highlight-ids": segment.highlights.map((highlight) => highlight.id).join(" "),
      title: segment.highlights.map((highlight) => highlight.label).join(" · "),
    });
  });
}

function withActive(state: HighlightState, activeId: string | undefined, doc: Node): HighlightState {
  const active = state.highlights.find((positioned) => positioned.highlight.id === activeId);
  const decorations = active
    ? state.base.add(doc, [Decoration.inline(active.from, active.to, { class: "hl--active" })])
    : state.base;
  return { ...state, activeId, decorations };
}

function innermostHighlightId(view: EditorView, target: EventTarget | null): string | undefined {
  if (!(target instanceof Element)) return undefined;
  const element = target.closest("[data-highlight-ids]");
  if (!element || !view.dom.contains(element)) return undefined;
  return element.getAttribute("data-highlight-ids")?.split(" ").at(-1);
}

/** The id of the highlight after (or before) the active one, wrapping around. */
function stepFromActive(state: EditorState, step: 1 | -1): string | undefined {
  const { highlights = [], activeId } = getHighlightState(state) ?? {};
  if (highlights.length === 0) return undefined;
  const current = highlights.findIndex((positioned) => positioned.highlight.id === activeId);
  const next =
    current === -1 ? (step === 1 ? 0 : highlights.length - 1) : (current + step + highlights.length) % highlights.length;
  return highlights[next]?.highlight.id;
}
