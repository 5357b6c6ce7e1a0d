import type { Node } from "@tiptap/pm/model";
import { type EditorState, Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import { segmentHighlights, sortHighlights } from "@/components/source-reader/highlight-segments";
import type { ReaderHighlight } from "@/components/source-reader/highlight-types";
import type { PositionMap } from "@/lib/anchoring/position-map";

/**
 * Draws highlights as inline decorations, never as marks, so that they stay
 * out of the document and may overlap freely. The decoration set changes only
 * when the highlights or the active one change (see setHighlights and
 * setActiveHighlight), never on other transactions, and then only around the
 * highlights that changed. A rebuild costs far more than a new highlight
 * should: segmenting and placing 10,000 highlights, DecorationSet.create,
 * which scans every decoration once per child node (hence the reader's
 * sections), and then the view, which compares the decorations of every
 * section and block attribute by attribute, whereas it skips a decoration
 * subtree that is the very same object at once.
 */

/** Deeper nesting than this is drawn like this depth. */
const MAX_DRAWN_DEPTH = 4;

interface HighlightState {
  /** Outermost first, by start; clamped to the text, none empty. */
  highlights: ReaderHighlight[];
  /** The map the highlights were placed with: another one means another text. */
  positionMap: PositionMap | undefined;
  /** The text's length in code points, which highlights are clamped to. */
  textLength: number;
  activeId: string | undefined;
  /** Every highlight without the active marker, reused when only the active one changes. */
  base: DecorationSet;
  decorations: DecorationSet;
}

type HighlightMeta =
  | { kind: "highlights"; highlights: readonly ReaderHighlight[]; positionMap: PositionMap; textLength: number }
  | { kind: "add"; highlight: ReaderHighlight }
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

/**
 * Draws one more highlight on the text already shown, ahead of the next
 * setHighlights: a new highlight appears in the keystroke's own task instead
 * of after the workspace has re-rendered. The setHighlights that follows with
 * the same highlight object finds nothing to redraw.
 */
export function addHighlight(tr: Transaction, highlight: ReaderHighlight): Transaction {
  return tr.setMeta(highlightPluginKey, { kind: "add", highlight } satisfies HighlightMeta);
}

export function setActiveHighlight(tr: Transaction, activeId: string | undefined): Transaction {
  return tr.setMeta(highlightPluginKey, { kind: "active", activeId } satisfies HighlightMeta);
}

export function getHighlightState(state: EditorState): HighlightState | undefined {
  return highlightPluginKey.getState(state);
}

/** The document range of the active highlight, if any. */
export function activeHighlightRange(state: EditorState): { from: number; to: number } | undefined {
  const current = getHighlightState(state);
  return current && docRangeOf(current, current.activeId);
}

function docRangeOf(state: HighlightState, id: string | undefined): { from: number; to: number } | undefined {
  const highlight = id === undefined ? undefined : state.highlights.find((candidate) => candidate.id === id);
  return highlight && state.positionMap?.textRangeToDocRange(highlight.start, highlight.end);
}

export function createHighlightPlugin(onActivate: (id: string) => void): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightPluginKey,
    state: {
      init: () => ({
        highlights: [],
        positionMap: undefined,
        textLength: 0,
        activeId: undefined,
        base: DecorationSet.empty,
        decorations: DecorationSet.empty,
      }),
      apply(tr, previous, _oldState, newState) {
        const meta = tr.getMeta(highlightPluginKey) as HighlightMeta | undefined;
        if (meta?.kind === "highlights") {
          const { positionMap } = meta;
          const highlights = clampAndSort(meta.highlights, meta.textLength);
          const isSameText = previous.positionMap === positionMap && !tr.docChanged;
          const changed = isSameText ? changedRanges(previous.highlights, highlights) : null;
          if (changed?.length === 0) return { ...previous, highlights };
          const base = changed
            ? redrawRegions(previous.base, highlights, closeRegions(changed, highlights), positionMap, newState.doc)
            : DecorationSet.create(newState.doc, segmentDecorations(highlights, positionMap));
          return withActive({ ...previous, highlights, positionMap, textLength: meta.textLength, base }, previous.activeId, newState.doc);
        }
        if (meta?.kind === "add") {
          const { positionMap } = previous;
          const [added] = clampAndSort([meta.highlight], previous.textLength);
          if (!positionMap || !added || tr.docChanged) return previous;
          const highlights = withInserted(previous.highlights, added);
          const base = redrawRegions(previous.base, highlights, closeRegions([added], highlights), positionMap, newState.doc);
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

/** Outermost first, clamped to the text, empty ones dropped; objects are copied only when clamped. */
function clampAndSort(highlights: readonly ReaderHighlight[], textLength: number): ReaderHighlight[] {
  const clamp = (offset: number) => Math.max(0, Math.min(offset, textLength));
  const kept: ReaderHighlight[] = [];
  for (const highlight of highlights) {
    const start = clamp(highlight.start);
    const end = clamp(highlight.end);
    if (end <= start) continue;
    kept.push(start === highlight.start && end === highlight.end ? highlight : { ...highlight, start, end });
  }
  return sortHighlights(kept);
}

/** A copy of the sorted list with one more highlight in its place. */
function withInserted(sorted: ReaderHighlight[], highlight: ReaderHighlight): ReaderHighlight[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const other = sorted[mid]!;
    if (other.start < highlight.start || (other.start === highlight.start && other.end >= highlight.end)) low = mid + 1;
    else high = mid;
  }
  return [...sorted.slice(0, low), highlight, ...sorted.slice(low)];
}

/**
 * One decoration per segment of text covered by the same highlights, carrying
 * their ids outermost first, the innermost's status and the nesting depth.
 */
function segmentDecorations(highlights: ReaderHighlight[], positionMap: PositionMap): Decoration[] {
  return segmentHighlights(highlights).map((segment) => {
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

/** A half-open range of code point offsets. */
interface TextRange {
  start: number;
  end: number;
}

/**
 * The ranges of the highlights between the longest equal prefix and the
 * longest equal suffix of the two sorted lists, old and new. Everything else
 * is drawn as before; a highlight added or removed, or the temporary id of a
 * new one replaced by the stored one, changes one or two entries. Comparing
 * by position rather than by id keeps this allocation-free, and right even if
 * ids repeat: at worst it redraws more than it must.
 */
function changedRanges(previous: ReaderHighlight[], next: ReaderHighlight[]): TextRange[] {
  const shorter = Math.min(previous.length, next.length);
  let prefix = 0;
  while (prefix < shorter && isSameHighlight(previous[prefix]!, next[prefix]!)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    isSameHighlight(previous[previous.length - 1 - suffix]!, next[next.length - 1 - suffix]!)
  ) {
    suffix++;
  }
  return [...previous.slice(prefix, previous.length - suffix), ...next.slice(prefix, next.length - suffix)];
}

function isSameHighlight(a: ReaderHighlight, b: ReaderHighlight): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.start === b.start &&
      a.end === b.end &&
      a.status === b.status &&
      a.hasConflict === b.hasConflict &&
      a.label === b.label)
  );
}

/**
 * Grows the changed ranges until no highlight crosses their edges, merged and
 * in text order. Segments never cross such an edge, in the old segmentation or
 * the new one (a highlight that crossed it would be unchanged, so it is in
 * `highlights` and would have grown the region), so each region's segments can
 * be replaced by segmenting only the highlights inside it.
 */
function closeRegions(changed: TextRange[], highlights: ReaderHighlight[]): TextRange[] {
  // maxEnd[i]: the furthest end among highlights[0..i], to stop scanning back early.
  const maxEnd = new Int32Array(highlights.length);
  highlights.forEach((highlight, i) => {
    maxEnd[i] = Math.max(highlight.end, i > 0 ? maxEnd[i - 1]! : 0);
  });
  const grow = (range: TextRange): TextRange => {
    let { start, end } = range;
    for (;;) {
      let nextStart = start;
      let nextEnd = end;
      for (let i = firstStartingAtOrAfter(highlights, end) - 1; i >= 0 && maxEnd[i]! > start; i--) {
        const highlight = highlights[i]!;
        if (highlight.end > start) {
          nextStart = Math.min(nextStart, highlight.start);
          nextEnd = Math.max(nextEnd, highlight.end);
        }
      }
      if (nextStart === start && nextEnd === end) return { start, end };
      start = nextStart;
      end = nextEnd;
    }
  };
  // The union of two closed regions is closed, so merging after growing is enough.
  return mergeOverlapping(mergeOverlapping(changed).map(grow));
}

function mergeOverlapping(ranges: TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

/** Index of the first highlight (sorted by start) starting at or after `offset`. */
function firstStartingAtOrAfter(highlights: ReaderHighlight[], offset: number): number {
  let low = 0;
  let high = highlights.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (highlights[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Replaces the segment decorations inside each region with ones segmented afresh. */
function redrawRegions(
  base: DecorationSet,
  highlights: ReaderHighlight[],
  regions: TextRange[],
  positionMap: PositionMap,
  doc: Node,
): DecorationSet {
  const stale: Decoration[] = [];
  const fresh: Decoration[] = [];
  for (const region of regions) {
    const { from, to } = positionMap.textRangeToDocRange(region.start, region.end);
    // find() also returns decorations that merely touch the region's edges.
    stale.push(...base.find(from, to).filter((decoration) => decoration.from >= from && decoration.to <= to));
    const first = firstStartingAtOrAfter(highlights, region.start);
    const last = firstStartingAtOrAfter(highlights, region.end);
    fresh.push(...segmentDecorations(highlights.slice(first, last), positionMap));
  }
  return base.remove(stale).add(doc, fresh);
}

function withActive(state: HighlightState, activeId: string | undefined, doc: Node): HighlightState {
  const range = docRangeOf(state, activeId);
  const decorations = range ? state.base.add(doc, [Decoration.inline(range.from, range.to, { class: "hl--active" })]) : state.base;
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
  const current = highlights.findIndex((highlight) => highlight.id === activeId);
  const next =
    current === -1 ? (step === 1 ? 0 : highlights.length - 1) : (current + step + highlights.length) % highlights.length;
  return highlights[next]?.id;
}
