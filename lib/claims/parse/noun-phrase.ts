import type { Token } from "@/lib/claims/parse/nlp";

/** Parts of speech a party's noun phrase is made of: "the interior ministry", "Ivan Petrov", "one resident". */
const PHRASE_POS = new Set(["PROPN", "NOUN", "ADJ", "NUM", "X", "SYM"]);
/** Words inside a name: "Alliance of Sahel States", "Islamic State in the Greater Sahara", "Sudan's army". */
const CONNECTORS = new Set(["of", "for", "in", "at", "de", "du", "des", "'s", "’s", "-", "&", "and"]);
const DETERMINERS = new Set(["the", "a", "an", "one", "two", "three", "several", "some", "many"]);
/** Words that may stand between a speaker and the verb: "ACLED also stated", "CSP, meanwhile, said". */
const ADVERBS = new Set([
  "also", "meanwhile", "later", "reportedly", "then", "officially", "initially", "publicly", "further", "subsequently",
  "allegedly", "previously", "however", "separately", "earlier", "again", "separately", "repeatedly", "recently",
  "already", "first", "now", "yet", "still", "similarly", "likewise", "too", "in", "turn", "itself", "themselves",
]);

const isWord = (token: Token | undefined, words: Set<string>) => token !== undefined && words.has(token.text.toLowerCase());
/** Tags wink-nlp gives capitalised names it misreads ("IS" as a verb); a capital makes them names again. */
const NEVER_NAMES = new Set(["PRON", "DET", "ADP", "CCONJ", "SCONJ", "PUNCT", "PART"]);
const isPhraseWord = (token: Token | undefined) =>
  token !== undefined &&
  (PHRASE_POS.has(token.pos) || (/^\p{Lu}/u.test(token.text) && !NEVER_NAMES.has(token.pos))) &&
  token.entity !== "DATE" &&
  token.entity !== "DURATION";
/** "A local elected official": a participle between a modifier and its noun. */
const isInnerParticiple = (tokens: Token[], i: number) =>
  tokens[i]?.pos === "VERB" && /ed$/.test(tokens[i]?.text ?? "") && ["ADJ", "DET"].includes(tokens[i - 1]?.pos ?? "") && isPhraseWord(tokens[i + 1]);
/** "Islamic State in the Greater Sahara (ISGS)": the acronym in brackets closes the name. */
const isAcronymAt = (tokens: Token[], i: number) =>
  tokens[i]?.text === ")" && tokens[i - 2]?.text === "(" && /^\p{Lu}[\p{L}\p{N}]{1,9}$/u.test(tokens[i - 1]?.text ?? "");

/** The noun phrase that starts at token `from`: "per local officials", "said one resident". */
export function phraseAfter(tokens: Token[], from: number): Token[] {
  const phrase: Token[] = [];
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i];
    const previous = phrase.at(-1);
    const isArticle = isWord(token, DETERMINERS) && (previous === undefined || isWord(previous, CONNECTORS));
    const isInnerConnector = isWord(token, CONNECTORS) && previous !== undefined && isPhraseWord(tokens[i + 1]) && token?.text !== "and";
    if (!token || (!isArticle && !isInnerConnector && !isPhraseWord(token))) break;
    phrase.push(token);
  }
  // "the International Organization for Migration Displacement Tracking Matrix (IOM DTM)"
  const end = from + phrase.length;
  const acronym = bracketedAcronymAt(tokens, end);
  return acronym > 0 && phrase.length > 0 ? [...trim(phrase), ...tokens.slice(end, end + acronym)] : trim(phrase);
}

/** How many tokens a bracketed acronym of one to three words takes at `i` ("(", "IOM", "DTM", ")"), or 0. */
export function bracketedAcronymAt(tokens: Token[], i: number): number {
  if (tokens[i]?.text !== "(") return 0;
  for (let words = 1; words <= 3; words++) {
    const inner = tokens.slice(i + 1, i + 1 + words);
    if (tokens[i + 1 + words]?.text === ")" && inner.length === words && inner.every((t) => /^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u.test(t.text))) return words + 2;
  }
  return 0;
}

/**
 * The noun phrase that ends just before token `end`, passing over adverbs,
 * auxiliaries ("has said") and time phrases ("on Friday"): "The interior
 * ministry on Friday rejected" → "The interior ministry".
 */
export function phraseBefore(tokens: Token[], end: number): { phrase: Token[]; start: number } {
  let i = skipToSubject(tokens, end - 1);
  const phrase: Token[] = [];
  if (isAcronymAt(tokens, i)) {
    phrase.unshift(...tokens.slice(i - 2, i + 1));
    i -= 3;
  }
  for (; i >= 0; i--) {
    const token = tokens[i] as Token;
    // "100 civilians ACLED also stated": a figure, or a plural noun before a name, belongs to another phrase.
    if (/\d/.test(token.text) || (token.pos === "NOUN" && /s$/.test(token.text) && phrase[0]?.pos === "PROPN")) break;
    if (isWord(token, DETERMINERS)) {
      phrase.unshift(token);
      // "Movement for the Salvation of Azawad": an article inside a name does not end it.
      if (!(isWord(tokens[i - 1], CONNECTORS) && isPhraseWord(tokens[i - 2]))) break;
    } else if (
      isPhraseWord(token) ||
      isInnerParticiple(tokens, i) ||
      (isWord(token, CONNECTORS) && token.text !== "and" && isPhraseWord(tokens[i - 1]))
    ) {
      phrase.unshift(token);
    } else {
      break;
    }
  }
  const trimmed = trim(phrase);
  return { phrase: trimmed, start: trimmed[0] ? tokens.indexOf(trimmed[0]) : end };
}

/** Index of the last token of the subject before a verb at `from + 1`. */
function skipToSubject(tokens: Token[], from: number): number {
  let i = from;
  while (i >= 0) {
    const token = tokens[i] as Token;
    const isCommaBesideAdverb = token.text === "," && (isWord(tokens[i + 1], ADVERBS) || isWord(tokens[i - 1], ADVERBS));
    if (token.pos === "AUX" || token.pos === "PART" || isWord(token, ADVERBS) || isCommaBesideAdverb || (token.pos === "ADV" && token.text !== ",")) {
      i--;
    } else if (token.entity === "DATE" || token.entity === "TIME") {
      // "on Friday", "late on Friday", "earlier this week"
      while (i >= 0 && ((tokens[i] as Token).entity === "DATE" || (tokens[i] as Token).entity === "TIME")) i--;
      while (i >= 0 && ((tokens[i] as Token).pos === "ADP" || (tokens[i] as Token).pos === "ADV")) i--;
    } else {
      return i;
    }
  }
  return i;
}

function trim(phrase: Token[]): Token[] {
  let start = 0;
  let end = phrase.length;
  while (start < end && isWord(phrase[start], CONNECTORS)) start++;
  while (end > start && (isWord(phrase[end - 1], CONNECTORS) || isWord(phrase[end - 1], DETERMINERS))) end--;
  return phrase.slice(start, end);
}
