/**
 * Reads the numbers researchers meet in prose: numerals with thousands
 * separators ("13,000"), numerals with a scale word ("1.5 million") and
 * English number words ("four", "twenty-five", "three hundred").
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1_000, million: 1_000_000 };

const alternatives = (words: Record<string, number>) =>
  Object.keys(words)
    .sort((a, b) => b.length - a.length) // longest first, so "seventeen" wins over "seven"
    .join("|");

const UNIT_WORD = alternatives(UNITS);
const TEN_WORD = alternatives(TENS);
const SMALL_NUMBER = `(?:(?:${TEN_WORD})(?:-(?:${UNIT_WORD}))?|${UNIT_WORD})`;
const SCALE_WORD = `(?:dozen|hundred|thousand|million)`;

/** "four", "twenty-five", "a dozen", "a hundred", "three hundred and fifty", "two thousand". */
const NUMBER_WORDS_PATTERN = `(?:(?:a|${SMALL_NUMBER})\\s+${SCALE_WORD}(?:\\s+(?:and\\s+)?${SMALL_NUMBER})?|${SMALL_NUMBER})`;

/** "84", "13,000", "2.5", optionally followed by "thousand" or "million". */
const NUMERAL_PATTERN = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(?:thousand|million))?`;

/**
 * Either form, never inside a word or a citation mark: "Casualties1", "15px",
 * "[10]" and the "00" of "3:00" are not numbers of anything.
 */
export const NUMBER_PATTERN = `(?:(?<![\\p{L}\\p{N}_.,:\\[])${NUMERAL_PATTERN}(?![\\p{L}\\p{N}_\\]:]|[.,]\\d)|\\b${NUMBER_WORDS_PATTERN}\\b)`;

export function readNumber(words: string): number | null {
  const text = words.trim().toLowerCase();
  const numeral = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(thousand|million))?$/.exec(text);
  if (numeral?.[1] !== undefined) {
    const base = Number(numeral[1].replaceAll(",", ""));
    return numeral[2] ? base * (SCALES[numeral[2]] ?? 1) : base;
  }
  return readNumberWords(text);
}

function readNumberWords(text: string): number | null {
  let total = 0;
  let current = 0;
  let sawNumber = false;
  for (const word of text.split(/[\s-]+/)) {
    if (word === "and") continue;
    if (word === "a") {
      current = 1;
    } else if (word in UNITS) {
      current += UNITS[word] ?? 0;
    } else if (word in TENS) {
      current += TENS[word] ?? 0;
    } else if (word === "hundred" || word === "dozen") {
      current *= SCALES[word] ?? 1;
    } else if (word in SCALES) {
      total += current * (SCALES[word] ?? 1);
      current = 0;
    } else {
      return null;
    }
    sawNumber = true;
  }
  return sawNumber ? total + current : null;
}

const FRENCH_UNITS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
};
const FRENCH_TENS: Record<string, number> = { vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90 };
const FRENCH_SCALES: Record<string, number> = { cent: 100, cents: 100, mille: 1_000, million: 1_000_000, millions: 1_000_000 };

/**
 * French number words ("six", "vingt-et-un", "deux cents", "trois mille"),
 * read only in French text. "un"/"une" alone are articles far more often
 * than counts, so a figure needs at least one other word.
 */
/** "2 900", "2.900", "13 000", "1,5 million": French groups thousands with spaces or stops. */
const FRENCH_NUMERAL = `(?:\\d{1,3}(?:[ .]\\d{3})+|\\d+(?:,\\d+)?)(?:\\s+(?:mille|millions?))?`;
const FRENCH_WORD = alternatives({ ...FRENCH_UNITS, ...FRENCH_TENS, ...FRENCH_SCALES });
export const FRENCH_NUMBER_PATTERN = `(?:(?<![\\p{L}\\p{N}_.,:\\[])${FRENCH_NUMERAL}(?![\\p{L}\\p{N}_\\]:]|[.,]\\d)|(?<![\\p{L}])(?!(?:un|une)(?![\\p{L}-]))(?:${FRENCH_WORD})(?:(?:-et-|[\\s-]+)(?:${FRENCH_WORD}))*(?![\\p{L}]))`;

export function readFrenchNumber(words: string): number | null {
  const text = words.trim().toLowerCase();
  const numeral = /^(\d{1,3}(?:[ .]\d{3})+|\d+(?:,\d+)?)(?:\s+(mille|millions?))?$/.exec(text);
  if (numeral?.[1] !== undefined) {
    const base = Number(numeral[1].replace(/[ .]/g, "").replace(",", "."));
    return numeral[2] ? base * (FRENCH_SCALES[numeral[2]] ?? 1) : base;
  }
  let total = 0;
  let current = 0;
  let sawNumber = false;
  for (const word of text.split(/[\s-]+/)) {
    if (word === "et") continue;
    const compound = FRENCH_TENS[word];
    if (word in FRENCH_UNITS) current += FRENCH_UNITS[word] ?? 0;
    else if (compound !== undefined) current += compound;
    else if (word === "cent" || word === "cents") current = (current || 1) * 100;
    else if (word in FRENCH_SCALES) {
      total += (current || 1) * (FRENCH_SCALES[word] ?? 1);
      current = 0;
    } else return null;
    sawNumber = true;
  }
  return sawNumber ? total + current : null;
}
