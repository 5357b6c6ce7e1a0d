import fc from "fast-check";

/**
 * fast-check generators for revision texts shaped like the corpus: prose
 * lines with "é", "–" and emoji, blank lines, wiki headings and infobox rows.
 */

const WORD_CHARACTERS = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "é", "–", "🙂", "𝔸"];

const word = (): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...WORD_CHARACTERS), { minLength: 1, maxLength: 9 }).map((chars) => chars.join(""));

const prose = (): fc.Arbitrary<string> =>
  fc.array(word(), { minLength: 1, maxLength: 14 }).map((words) => words.join(" "));

export const sourceLine = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: prose() },
    { weight: 2, arbitrary: fc.constant("") },
    { weight: 1, arbitrary: prose().map((title) => `= ${title} =`) },
    { weight: 1, arbitrary: prose().map((title) => `== ${title} ==`) },
    { weight: 1, arbitrary: fc.constant("Infobox") },
    { weight: 1, arbitrary: fc.tuple(word(), prose()).map(([key, value]) => `- ${key}: ${value}`) },
  );

export const sourceText = (): fc.Arbitrary<string> =>
  fc.array(sourceLine(), { minLength: 1, maxLength: 12 }).map((lines) => lines.join("\n"));

/** A text with a non-empty code point span [start, end) in it. */
export const textWithSpan = (): fc.Arbitrary<{ text: string; start: number; end: number }> =>
  sourceText()
    .filter((text) => Array.from(text).length >= 1)
    .chain((text) => {
      const length = Array.from(text).length;
      return fc
        .tuple(fc.nat({ max: length - 1 }), fc.nat({ max: length - 1 }))
        .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) + 1 }));
    });
