import type { EditorView } from "@tiptap/pm/view";

/**
 * Viewport rectangle of the selection [from, to], for anchoring a popover:
 * the browser's own selection box when it lies in the reader (it spans every
 * selected line), else the box between the two ends' coordinates.
 */
export function selectionRect(view: EditorView, from: number, to: number): DOMRect {
  const domSelection = view.dom.ownerDocument.getSelection();
  if (domSelection && domSelection.rangeCount > 0 && view.dom.contains(domSelection.anchorNode)) {
    return domSelection.getRangeAt(0).getBoundingClientRect();
  }
  const start = view.coordsAtPos(from);
  const end = view.coordsAtPos(to);
  const left = Math.min(start.left, end.left);
  return new DOMRect(left, start.top, Math.max(start.right, end.right) - left, end.bottom - start.top);
}
