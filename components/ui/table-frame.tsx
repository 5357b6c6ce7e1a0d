import type { ReactNode } from "react";

/**
 * The frame of a wide table. When it scrolls sideways (a narrow window) the
 * keyboard must reach it too, so it takes the focus; the table inside is
 * named by its section, so the frame adds no second name.
 */
export function TableFrame({ children }: { children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0}>
      {children}
    </div>
  );
}
