const FULL_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
const ABBREVIATIONS: Record<string, number> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sept: 9, Sep: 9, Oct: 10, Nov: 11, Dec: 12,
};

const longestFirst = (names: string[]) => [...names].sort((a, b) => b.length - a.length).join("|");

/**
 * Capitalised month names and abbreviations ("Sept."). Only capitalised forms
 * count, so that "may" and "march" the verbs are not read as dates.
 */
export const MONTH_PATTERN = `(?<!\\p{L})(?:${longestFirst(FULL_NAMES)}|(?:${longestFirst(Object.keys(ABBREVIATIONS))})\\.?)(?!\\p{L})`;

export function monthNumber(name: string): number | null {
  const bare = name.replace(/\.$/, "");
  const full = FULL_NAMES.indexOf(bare);
  return full >= 0 ? full + 1 : (ABBREVIATIONS[bare] ?? null);
}
