"use client";

import { useEffect, useRef, useState } from "react";

export interface TextSelection {
  start: number;
  end: number;
  rect: DOMRect;
}

/**
 * Floats above a text selection. Keyboard: `h` highlights the selection,
 * `Esc` closes the toolbar; its buttons are reachable with Tab.
 */
export function SelectionToolbar({
  selection,
  onHighlight,
  onClose,
}: {
  selection: TextSelection;
  onHighlight: () => Promise<string | null>;
  onClose: () => void;
}) {
  const [isSaving, setIsSaving] = useState(false);
  const toolbarRef = useRef<HTMLDivElement>(null);

  async function highlight() {
    setIsSaving(true);
    await onHighlight();
    setIsSaving(false);
  }

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === "Escape") onClose();
      if (event.key === "h" && !event.metaKey && !event.ctrlKey && !event.altKey && !isTyping(event.target)) {
        event.preventDefault();
        void highlight();
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  });

  const top = selection.rect.top + window.scrollY - 48;
  const left = Math.max(8, selection.rect.left + window.scrollX);
  return (
    <div
      ref={toolbarRef}
      role="toolbar"
      aria-label="Selection actions"
      className="selection-toolbar"
      style={{ top, left }}
      onMouseDown={(event) => event.preventDefault()}
    >
      <button type="button" className="button button--small button--primary" onClick={highlight} disabled={isSaving} aria-keyshortcuts="h">
        {isSaving ? "Saving…" : "Highlight"} <kbd>h</kbd>
      </button>
      <button type="button" className="button button--small button--quiet" onClick={onClose} aria-label="Close selection actions">
        ✕
      </button>
    </div>
  );
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable && target.getAttribute("contenteditable") === "true" || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}
