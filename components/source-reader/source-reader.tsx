"use client";

import "@/components/source-reader/source-reader.css";
import { type Editor, EditorContent, useEditor } from "@tiptap/react";
import { type Ref, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from "react";
import { type ReaderCandidate, setCandidates } from "@/components/source-reader/candidate-plugin";
import { addHighlight, setActiveHighlight, setHighlights } from "@/components/source-reader/highlight-plugin";
import type { ReaderHighlight } from "@/components/source-reader/highlight-types";
import { createReaderExtensions } from "@/components/source-reader/reader-extensions";
import { selectionRect } from "@/components/source-reader/selection-rect";
import { createCodePointIndex } from "@/lib/anchoring/code-point-index";
import { createPositionMap } from "@/lib/anchoring/position-map";
import {
  buildReaderDocument,
  type SectionedReaderDocument,
  sectionReaderDocument,
} from "@/lib/anchoring/reader-document";

/**
 * A 1 MB text has about 3,000 lines: sections of 64 make about 50 sections of
 * 64 blocks, near √lines each way, where ProseMirror's work per child is least.
 */
const LINES_PER_SECTION = 64;

export interface SourceReaderProps {
  /** The revision text; every offset below counts its code points. */
  text: string;
  highlights: ReaderHighlight[];
  activeHighlightId?: string;
  /** The selected code point range, null when the selection is empty. */
  onSelectionChange: (range: { start: number; end: number } | null, anchorRect: DOMRect | null) => void;
  /** A click on a highlight (the innermost one), or j / k stepping through them. */
  onHighlightActivate: (id: string) => void;
  /** Suggested claims, drawn apart from highlights; the focused one is outlined and scrolled to. */
  candidates?: readonly ReaderCandidate[];
  focusedCandidateKey?: string;
  /** A click on a suggested claim's words. */
  onCandidateActivate?: (key: string) => void;
  /** Accessible name of the reader. */
  label?: string;
  /**
   * The highlights are still loading: the text waits for them, so that it is
   * drawn once, already highlighted, rather than plain and then all again.
   */
  isAwaitingHighlights?: boolean;
  /** Draws a highlight at once, before the next `highlights` arrive (see ReaderHandle). */
  handle?: Ref<ReaderHandle>;
}

export interface ReaderHandle {
  /**
   * Draws one new highlight in the caller's own task. The workspace draws a
   * highlight just made this way, then re-renders in a transition: the
   * highlight is on the page without waiting for the panels, and the
   * `highlights` prop that follows with the same object redraws nothing.
   */
  drawHighlight(highlight: ReaderHighlight): void;
}

const NO_CANDIDATES: readonly ReaderCandidate[] = [];
const ignore = () => undefined;

/**
 * A read-only view of a revision text in which the user selects spans (mouse
 * or Shift+arrows) and sees, clicks and steps through (j / k) highlights.
 */
export function SourceReader({
  text,
  highlights,
  activeHighlightId,
  onSelectionChange,
  onHighlightActivate,
  candidates = NO_CANDIDATES,
  focusedCandidateKey,
  onCandidateActivate = ignore,
  label = "Source text",
  isAwaitingHighlights = false,
  handle,
}: SourceReaderProps) {
  const index = useMemo(() => createCodePointIndex(text), [text]);
  const positionMap = useMemo(() => createPositionMap(text, index, LINES_PER_SECTION), [text, index]);
  const readerDocument = useMemo(() => sectionReaderDocument(buildReaderDocument(text), LINES_PER_SECTION), [text]);

  // The plugins live as long as the editor; they reach the latest callback here.
  const activate = useRef(onHighlightActivate);
  useEffect(() => {
    activate.current = onHighlightActivate;
  }, [onHighlightActivate]);
  const activateCandidate = useRef(onCandidateActivate);
  useEffect(() => {
    activateCandidate.current = onCandidateActivate;
  }, [onCandidateActivate]);
  // eslint-disable-next-line react-hooks/refs -- the plugins read the refs when a highlight or candidate is activated, never during render.
  const [extensions] = useState(() => createReaderExtensions(activate, activateCandidate));

  const editorProps = useMemo(
    () => ({
      attributes: {
        class: "source-reader__document",
        role: "textbox",
        "aria-readonly": "true",
        "aria-multiline": "true",
        "aria-label": label,
        "aria-keyshortcuts": "J K",
      },
    }),
    [label],
  );

  const editor = useEditor({
    extensions,
    editable: false,
    immediatelyRender: false,
    // The reader copies text with its own serializer (see reader-extensions).
    enableCoreExtensions: { keymap: false, drop: false, paste: false, delete: false, clipboardTextSerializer: false },
    coreExtensionOptions: {
      // Focusable although read-only, so that keyboard selection and j / k work.
      tabindex: { value: "0" },
    },
    editorProps,
    onSelectionUpdate: ({ editor: current }) => {
      const { from, to, empty } = current.state.selection;
      if (empty) onSelectionChange(null, null);
      else onSelectionChange(positionMap.docRangeToTextRange(from, to), selectionRect(current.view, from, to));
    },
  });

  useImperativeHandle(
    handle,
    () => ({
      drawHighlight(highlight) {
        if (!editor || editor.isDestroyed) return;
        // The highlight takes the selection's place. Dropped first, the selection is not put back
        // on the redrawn text, which forced a layout of the whole text (7 ms at 1 MB).
        const selection = document.getSelection();
        if (selection?.anchorNode && editor.view.dom.contains(selection.anchorNode)) selection.removeAllRanges();
        editor.view.dispatch(addHighlight(editor.state.tr, highlight));
      },
    }),
    [editor],
  );

  // Text and highlights go in one transaction, so a new text is drawn once,
  // already highlighted, instead of plain and then again with decorations.
  const loaded = useRef<{ editor: Editor; document: SectionedReaderDocument } | null>(null);
  // A layout effect: a new highlight is drawn in the same frame as the change that made it.
  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed || isAwaitingHighlights) return;
    const tr = editor.state.tr;
    if (loaded.current?.editor !== editor || loaded.current.document !== readerDocument) {
      tr.replaceWith(0, tr.doc.content.size, editor.schema.nodeFromJSON(readerDocument).content);
      loaded.current = { editor, document: readerDocument };
    }
    editor.view.dispatch(setHighlights(tr, highlights, positionMap, index.length));
  }, [editor, readerDocument, highlights, positionMap, index, isAwaitingHighlights]);

  // Highlights that load after the page (see the source page) may bring the active one: it is scrolled to then.
  const hasHighlights = highlights.length > 0;
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(setActiveHighlight(editor.state.tr, activeHighlightId));
    if (!activeHighlightId) return;
    const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    editor.view.dom
      .querySelector(".hl--active")
      ?.scrollIntoView({ block: "nearest", behavior: reducedMotion ? "auto" : "smooth" });
  }, [editor, activeHighlightId, hasHighlights]);

  // After the text is loaded (the layout effect above), so the candidates are placed on it.
  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(setCandidates(editor.state.tr, candidates, focusedCandidateKey, positionMap, index.length));
  }, [editor, readerDocument, candidates, focusedCandidateKey, positionMap, index]);

  useEffect(() => {
    if (!editor || editor.isDestroyed || !focusedCandidateKey) return;
    const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    editor.view.dom.querySelector(".sg--focused")?.scrollIntoView({ block: "center", behavior: reducedMotion ? "auto" : "smooth" });
  }, [editor, focusedCandidateKey]);

  return <EditorContent editor={editor} className="source-reader" />;
}
