"use client";

import { useState } from "react";
import type { TextSelection } from "./selection-toolbar";

/** In place of the selection toolbar while a lost highlight is being placed again: one action, on the selection. */
export function ReattachToolbar({ selection, onReattach, onClose }: { selection: TextSelection; onReattach: () => Promise<void>; onClose: () => void }) {
  const [isPending, setIsPending] = useState(false);
  return (
    <div
      role="toolbar"
      aria-label="Re-attach the highlight"
      className="selection-toolbar"
      style={{ top: selection.top - 48, left: Math.max(8, selection.left) }}
      onMouseDown={(event) => event.preventDefault()}
    >
      <button
        type="button"
        className="button button--small button--primary"
        disabled={isPending}
        onClick={async () => {
          setIsPending(true);
          await onReattach();
          setIsPending(false);
        }}
      >
        {isPending ? "Re-attaching…" : "Re-attach here"}
      </button>
      <button type="button" className="button button--small button--quiet" onClick={onClose} aria-label="Close">
        ✕
      </button>
    </div>
  );
}
