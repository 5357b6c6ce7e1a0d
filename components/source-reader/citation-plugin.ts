import type { Node } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { findCitationMarkers } from "@/components/source-reader/find-citation-markers";

/**
 * Styles footnote markers such as "[13]" as muted superscripts. They stay in
 * the text, since offsets count them; only their look changes. Computed once
 * per document.
 */
export function createCitationPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: new PluginKey("sourceReaderCitations"),
    state: {
      init: (_config, state) => citationDecorations(state.doc),
      apply: (tr, previous) => (tr.docChanged ? citationDecorations(tr.doc) : previous),
    },
    props: {
      decorations(state) {
        return this.getState(state);
      },
    },
  });
}

function citationDecorations(doc: Node): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // A reader block holds only text, so its text index plus the block's
    // content start is a document position.
    const contentStart = pos + 1;
    for (const { from, to } of findCitationMarkers(node.textContent)) {
      decorations.push(Decoration.inline(contentStart + from, contentStart + to, { class: "citation-marker" }));
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}
