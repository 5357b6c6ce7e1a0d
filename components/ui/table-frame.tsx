import type { ReactNode } from "react";

/**
 * The frame of a wide table. When it scrolls sideways (a narrow window) the
 * keyboard must reach it too, so it is a named, focusable region.
 */
export function TableFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
