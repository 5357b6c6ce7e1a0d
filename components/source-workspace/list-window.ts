/** Rows drawn at first, and added per "show more". */
export const PANEL_PAGE = 100;

/**
 * Which rows of a long list to draw: the first `limit`, or — when the active
 * row lies beyond them — a page centred on it, so that stepping with j/k or
 * clicking a far highlight always shows its row without drawing thousands.
 */
export function listWindow(length: number, activeIndex: number, limit: number): { start: number; end: number } {
  if (activeIndex < limit) return { start: 0, end: Math.min(length, limit) };
  const start = Math.max(0, activeIndex - Math.floor(PANEL_PAGE / 2));
  return { start, end: Math.min(length, start + PANEL_PAGE) };
}
