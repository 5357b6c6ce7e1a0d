"use client";

import { useEffect, useState } from "react";

export interface TextSelection {
  start: number;
  end: number;
  /** Where the selection starts, relative to the reader's frame (the toolbar's positioning parent). */
  top: number;
  left: number;
}

export type SelectionAction = "highlight" | "claim" | "evidence" | "comment";

const ACTIONS: { action: SelectionAction; label: string; key: string }[] = [
  { action: "claim", label: "New claim", key: "c" },
  { action: "evidence", label: "Add as evidence…", key: "e" },
  { action: "comment", label: "Comment", key: "m" },
  { action: "highlight", label: "Highlight", key: "h" },
];

/**
 * Floats above a text selection. Keyboard: `c` new claim, `e` add as
 * evidence to an existing claim, `m` comment, `h` highlight only, `Esc`
 * closes; the buttons are reachable with Tab.
 */
export function SelectionToolbar({
  selection,
  onAction,
  onClose,
}: {
  selection: TextSelection;
  onAction: (action: SelectionAction) => Promise<void>;
  onClose: () => void;
}) {
  const [pending, setPending] = useState<SelectionAction | null>(null);

  async function run(action: SelectionAction) {
    // The action's first, synchronous step (drawing a new highlight) goes before this
    // toolbar's own re-render, which a state update here would otherwise run first.
    const done = onAction(action);
    setPending(action);
    await done;
    setPending(null);
  }

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === "Escape") onClose();
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      const match = ACTIONS.find((a) => a.key === event.key);
      if (match) {
        event.preventDefault();
        void run(match.action);
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  });

  return (
    <div
      role="toolbar"
      aria-label="Selection actions"
      className="selection-toolbar"
      style={{ top: selection.top - 48, left: Math.max(8, selection.left) }}
      onMouseDown={(event) => event.preventDefault()}
    >
      {ACTIONS.map(({ action, label, key }) => (
        <button
          key={action}
          type="button"
          className={`button button--small${action === "claim" ? " button--primary" : ""}`}
          onClick={() => run(action)}
          disabled={pending !== null}
          aria-keyshortcuts={key}
        >
          {pending === action ? "Saving…" : label} <kbd>{key}</kbd>
        </button>
      ))}
      <button type="button" className="button button--small button--quiet" onClick={onClose} aria-label="Close selection actions">
        ✕
      </button>
    </div>
  );
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.getAttribute("contenteditable") === "true" || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
