import { Extension, type Extensions, Mark, mergeAttributes, Node } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { createCandidatePlugin } from "@/components/source-reader/candidate-plugin";
import { createCitationPlugin } from "@/components/source-reader/citation-plugin";
import { createHighlightPlugin } from "@/components/source-reader/highlight-plugin";
import { createKeyboardSelectionPlugin } from "@/components/source-reader/keyboard-selection-plugin";
import { READER_SECTION_NODE, SOURCE_TOKEN_MARK } from "@/lib/anchoring/reader-document";

/**
 * The reader's schema: exactly the nodes buildReaderDocument and
 * sectionReaderDocument produce, with no editing behaviour (no input rules,
 * shortcuts or history), plus the decoration plugins.
 */

const ReaderDoc = Node.create({ name: "doc", topNode: true, content: `(block | ${READER_SECTION_NODE})+` });

/** A run of lines, only there to keep ProseMirror's per-child work small. */
const ReaderSection = Node.create({
  name: READER_SECTION_NODE,
  content: "block+",
  renderHTML() {
    return ["div", { class: "reader-section" }, 0];
  },
});

const ReaderText = Node.create({ name: "text", group: "inline" });

const ReaderParagraph = Node.create({
  name: "paragraph",
  group: "block",
  content: "inline*",
  addAttributes() {
    return { kind: { default: "body", rendered: false } };
  },
  renderHTML({ node, HTMLAttributes }) {
    const kind = String(node.attrs.kind);
    return ["p", mergeAttributes(HTMLAttributes, { class: `reader-block reader-block--${kind}`, "data-kind": kind }), 0];
  },
});

const ReaderHeading = Node.create({
  name: "heading",
  group: "block",
  content: "inline*",
  defining: true,
  addAttributes() {
    return { level: { default: 1, rendered: false } };
  },
  renderHTML({ node, HTMLAttributes }) {
    return [`h${node.attrs.level}`, mergeAttributes(HTMLAttributes, { class: "reader-block reader-block--heading" }), 0];
  },
});

const SourceToken = Mark.create({
  name: SOURCE_TOKEN_MARK,
  addAttributes() {
    return { role: { default: "marker", rendered: false } };
  },
  renderHTML({ mark, HTMLAttributes }) {
    const role = String(mark.attrs.role);
    return ["span", mergeAttributes(HTMLAttributes, { class: `source-token source-token--${role}` }), 0];
  },
});

const ReaderDecorations = Extension.create<{ onHighlightActivate: (id: string) => void; onCandidateActivate: (key: string) => void }>({
  name: "sourceReaderDecorations",
  addOptions() {
    return { onHighlightActivate: () => undefined, onCandidateActivate: () => undefined };
  },
  addProseMirrorPlugins() {
    return [
      createHighlightPlugin(this.options.onHighlightActivate),
      createCandidatePlugin(this.options.onCandidateActivate),
      createCitationPlugin(),
      createKeyboardSelectionPlugin(),
      createSourceTextClipboardPlugin(),
    ];
  },
});

/**
 * Copying yields the source text itself: one newline between lines. TipTap's
 * own serializer puts a separator before every block node, sections included,
 * so it would add a newline at each section boundary; ProseMirror's
 * textBetween separates textblocks only.
 */
export function createSourceTextClipboardPlugin(): Plugin {
  return new Plugin({
    key: new PluginKey("sourceReaderClipboardText"),
    props: {
      clipboardTextSerializer: (slice) => slice.content.textBetween(0, slice.content.size, "\n"),
    },
  });
}

/** The callbacks are read when a highlight or a candidate is activated, so the reader can keep its latest ones there. */
export function createReaderExtensions(
  activate: { readonly current: (id: string) => void },
  activateCandidate: { readonly current: (key: string) => void },
): Extensions {
  return [
    ReaderDoc,
    ReaderSection,
    ReaderText,
    ReaderParagraph,
    ReaderHeading,
    SourceToken,
    ReaderDecorations.configure({
      onHighlightActivate: (id: string) => activate.current(id),
      onCandidateActivate: (key: string) => activateCandidate.current(key),
    }),
  ];
}
