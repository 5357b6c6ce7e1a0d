import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { PositionMap } from "@/lib/anchoring/position-map";

/** A suggested claim's evidence in the text, in code point offsets; drawn apart from highlights, since nothing is recorded yet. */
export interface ReaderCandidate {
  key: string;
  start: number;
  end: number;
  label: string;
}

interface CandidateState {
  decorations: DecorationSet;
}

type CandidateMeta = { candidates: readonly ReaderCandidate[]; focusedKey: string | undefined; positionMap: PositionMap; textLength: number };

const candidatePluginKey = new PluginKey<CandidateState>("sourceReaderCandidates");

/**
 * Sets the candidates shown and the one in focus. They are few (a source's
 * sentences that make a claim), so the set is drawn afresh each time, unlike
 * highlights, of which there may be thousands.
 */
export function setCandidates(
  tr: Transaction,
  candidates: readonly ReaderCandidate[],
  focusedKey: string | undefined,
  positionMap: PositionMap,
  textLength: number,
): Transaction {
  return tr.setMeta(candidatePluginKey, { candidates, focusedKey, positionMap, textLength } satisfies CandidateMeta);
}

export function createCandidatePlugin(onActivate: (key: string) => void): Plugin<CandidateState> {
  return new Plugin<CandidateState>({
    key: candidatePluginKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty }),
      apply(tr, previous, _oldState, newState) {
        const meta = tr.getMeta(candidatePluginKey) as CandidateMeta | undefined;
        if (!meta) return tr.docChanged ? { decorations: previous.decorations.map(tr.mapping, tr.doc) } : previous;
        const decorations = meta.candidates.flatMap((candidate) => {
          const start = Math.max(0, candidate.start);
          const end = Math.min(candidate.end, meta.textLength);
          if (end <= start) return [];
          const { from, to } = meta.positionMap.textRangeToDocRange(start, end);
          const isFocused = candidate.key === meta.focusedKey;
          return [
            Decoration.inline(from, to, {
              class: `sg${isFocused ? " sg--focused" : ""}`,
              "data-candidate-key": candidate.key,
              title: `Suggested claim: ${candidate.label}`,
            }),
          ];
        });
        return { decorations: DecorationSet.create(newState.doc, decorations) };
      },
    },
    props: {
      decorations: (state) => candidatePluginKey.getState(state)?.decorations,
      handleClick(view, _pos, event) {
        const element = event.target instanceof Element ? event.target.closest("[data-candidate-key]") : null;
        const key = element && view.dom.contains(element) ? element.getAttribute("data-candidate-key") : null;
        if (key) onActivate(key);
        return false;
      },
    },
  });
}
