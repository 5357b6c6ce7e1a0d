import { Plugin, PluginKey, Selection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { activeHighlightRange } from "@/components/source-reader/highlight-plugin";

/**
 * Selection with the keyboard in a read-only reader. Browsers give
 * non-editable text no caret, so Shift+arrows would scroll instead of
 * selecting; here they extend the DOM selection with Selection.modify, which
 * ProseMirror then reads back like a mouse selection. With no selection in
 * the reader yet, it starts at the active highlight or the top of the view.
 * Escape collapses the selection.
 */

interface SelectionStep {
  direction: "forward" | "backward";
  granularity: "character" | "word" | "line" | "lineboundary" | "documentboundary";
}

export function createKeyboardSelectionPlugin(): Plugin {
  return new Plugin({
    key: new PluginKey("sourceReaderKeyboardSelection"),
    props: {
      handleDOMEvents: {
        keydown(view, event) {
          const selection = view.dom.ownerDocument.getSelection();
          if (!selection) return false;
          if (event.key === "Escape") {
            if (!isInside(view, selection) || selection.isCollapsed) return false;
            selection.collapseToEnd();
            return true;
          }
          const step = event.shiftKey ? selectionStep(event) : null;
          if (!step) return false;
          if (!isInside(view, selection)) placeCaret(view, selection);
          selection.modify("extend", step.direction, step.granularity);
          event.preventDefault();
          return true;
        },
      },
    },
  });
}

function selectionStep(event: KeyboardEvent): SelectionStep | null {
  const byWord = event.ctrlKey || event.altKey;
  switch (event.key) {
    case "ArrowRight":
      return { direction: "forward", granularity: event.metaKey ? "lineboundary" : byWord ? "word" : "character" };
    case "ArrowLeft":
      return { direction: "backward", granularity: event.metaKey ? "lineboundary" : byWord ? "word" : "character" };
    case "ArrowDown":
      return { direction: "forward", granularity: event.metaKey ? "documentboundary" : "line" };
    case "ArrowUp":
      return { direction: "backward", granularity: event.metaKey ? "documentboundary" : "line" };
    case "Home":
      return { direction: "backward", granularity: event.ctrlKey ? "documentboundary" : "lineboundary" };
    case "End":
      return { direction: "forward", granularity: event.ctrlKey ? "documentboundary" : "lineboundary" };
    default:
      return null;
  }
}

function isInside(view: EditorView, selection: globalThis.Selection): boolean {
  return selection.rangeCount > 0 && view.dom.contains(selection.focusNode);
}

function placeCaret(view: EditorView, selection: globalThis.Selection): void {
  const bounds = view.dom.getBoundingClientRect();
  const topOfView = view.posAtCoords({ left: bounds.left + 1, top: Math.max(bounds.top, 0) + 1 });
  const pos = activeHighlightRange(view.state)?.from ?? topOfView?.pos ?? view.state.selection.head;
  const { node, offset } = view.domAtPos(Selection.near(view.state.doc.resolve(pos)).head);
  selection.collapse(node, offset);
}
