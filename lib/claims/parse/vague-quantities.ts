/**
 * Default intervals suggested for vague amounts. They are starting points the
 * user edits, not facts: the interval is what makes a vague amount
 * comparable at all, so each is as wide as ordinary usage allows.
 * - "several" is 2 to 9 of something, so "several hundred" is 200–900 and
 *   "several thousand" 2,000–9,000;
 * - "dozens" and "several dozen" are two dozen up to just under a hundred;
 * - "hundreds" and "thousands" run from two of the unit to just under ten;
 * - "numerous" and "many" give no interval at all (unknown): they are kept
 *   so the user sees them, and are never compared automatically.
 */
export const VAGUE_QUANTITIES: readonly { words: string; min: number | null; max: number | null }[] = [
  { words: "several hundred", min: 200, max: 900 },
  { words: "several thousand", min: 2_000, max: 9_000 },
  { words: "several dozen", min: 24, max: 99 },
  { words: "dozens", min: 24, max: 99 },
  { words: "hundreds", min: 200, max: 999 },
  { words: "thousands", min: 2_000, max: 9_999 },
  { words: "several", min: 2, max: 9 },
  { words: "numerous", min: null, max: null },
  { words: "many", min: null, max: null },
];
