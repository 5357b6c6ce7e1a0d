
/**
 * Lowercase words that can make up the name of an unidentified party: "local
 * sources", "a local elected official", "an MSA official", "the pro-Russian
 * news outlet African Initiative". Any capitalised word can too.
 */
const PARTY_WORDS = new Set([
  "official", "officials", "source", "sources", "journalist", "journalists", "reporter", "reporters",
  "government", "outlet", "newspaper", "agency", "media", "press", "radio", "television", "channel",
  "spokesman", "spokeswoman", "spokesperson", "witness", "witnesses", "resident", "residents",
  "rebels", "army", "military", "ministry", "minister", "authorities", "observers", "analysts",
  "leader", "leaders", "commander", "group", "representative", "representatives", "survivors",
  "activists", "organisation", "organization", "monitors", "mission", "diplomat", "diplomats",
  "member", "members", "police", "officer", "officers", "mayor", "chief", "governor", "president",
  "local", "elected", "senior", "news", "security", "foreign", "regional", "human", "rights",
]);
const DETERMINERS = new Set(["the", "a", "an"]);
/** Words inside a name: "Alliance of Sahel States", "Islamic State in the Greater Sahara". */
const CONNECTORS = new Set(["of", "for", "in", "de", "du", "des"]);
/** Words that may stand between a speaker and the verb: "ACLED also stated", "CSP, meanwhile, said". */
const ADVERBS = new Set([
  "also", "meanwhile", "later", "reportedly", "then", "had", "has", "have", "officially", "initially",
  "publicly", "further", "subsequently", "allegedly", "previously", "however", "separately",
]);

const isCapitalised = (word: string) => /\p{Lu}/u.test(word);
const isNameWord = (word: string) => isCapitalised(word) || PARTY_WORDS.has(word);
const isDeterminer = (word: string) => DETERMINERS.has(word.toLowerCase());

/** The noun phrase that starts at `from`: "per local officials)", "according to Bamako,". */
export function nounPhraseAfter(tokens: string[], from: number): string[] {
  const phrase: string[] = [];
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const previous = phrase.at(-1);
    const isArticle = isDeterminer(token) && (previous === undefined || CONNECTORS.has(previous));
    const isInnerConnector = CONNECTORS.has(token) && previous !== undefined;
    if (!isArticle && !isInnerConnector && !isNameWord(token)) break;
    phrase.push(token);
  }
  return trimConnectors(phrase);
}

/**
 * The noun phrase that ends just before the verb at `verbIndex`: "A local
 * elected official in Talataye reported", "The Alliance of Sahel States
 * claimed", "Le Monde, which stated" (the relative pronoun points back to
 * "Le Monde"), and "CSP meanwhile condemned the strikes and said" (a second
 * verb of the same subject: the subject opens the clause).
 */
export function nounPhraseBefore(tokens: string[], verbIndex: number): string[] {
  let i = skipAdverbs(tokens, verbIndex - 1);
  const word = tokens[i];
  if ((word === "which" || word === "who") && tokens[i - 1] === ",") {
    i -= 2;
  } else if (word === "and") {
    return nounPhraseAfter(tokens, subjectStart(tokens, i));
  }
  const phrase: string[] = [];
  for (; i >= 0; i--) {
    const token = tokens[i] as string;
    if (isDeterminer(token)) {
      phrase.unshift(token);
      // "Movement for the Salvation of Azawad": an article inside a name does not end it.
      const before = tokens[i - 1] ?? "";
      if (!(CONNECTORS.has(before) && isCapitalised(tokens[i - 2] ?? ""))) break;
    } else if (isNameWord(token) || CONNECTORS.has(token)) {
      phrase.unshift(token);
    } else {
      break;
    }
  }
  return trimConnectors(phrase);
}

function skipAdverbs(tokens: string[], from: number): number {
  let i = from;
  while (i >= 0) {
    const word = tokens[i] ?? "";
    const isCommaBesideAdverb =
      word === "," && (ADVERBS.has(tokens[i + 1] ?? "") || ADVERBS.has(tokens[i - 1] ?? ""));
    if (!ADVERBS.has(word) && !isCommaBesideAdverb) return i;
    i--;
  }
  return i;
}

/** Where the clause's subject starts: after an opening phrase such as "On 2 August,". */
function subjectStart(tokens: string[], before: number): number {
  for (let i = before; i >= 0; i--) if (tokens[i] === ",") return i + 1;
  return 0;
}

function trimConnectors(phrase: string[]): string[] {
  let start = 0;
  let end = phrase.length;
  while (start < end && CONNECTORS.has(phrase[start] ?? "")) start++;
  while (end > start && (CONNECTORS.has(phrase[end - 1] ?? "") || isDeterminer(phrase[end - 1] ?? ""))) end--;
  return phrase.slice(start, end);
}

/**
 * The name a party goes by, for the caller to match against entities:
 * - "the" is dropped (the MSA → MSA) but "a"/"an" is kept, lowercased, as
 *   it marks a party nobody named ("a local elected official");
 * - a bracketed acronym stands for the name it follows
 *   ("Jama'at Nasr al-Islam wal-Muslimin (JNIM)" → JNIM);
 * - a place after a common noun is dropped ("a local elected official in
 *   Talataye"), but not inside a name ("Islamic State in the Greater Sahara");
 * - a description before a proper name is dropped ("the pro-Russian news
 *   outlet African Initiative" → African Initiative).
 */
export function partyName(phrase: string[]): string | null {
  let words = phrase;
  const first = words[0]?.toLowerCase();
  if (first === "the") words = words.slice(1);
  else if (first === "a" || first === "an") words = [first, ...words.slice(1)];

  const last = words.at(-1) ?? "";
  if (/^\(.+\)$/.test(last)) return last.slice(1, -1);

  const place = words.findIndex((w, i) => i > 0 && (w === "in" || w === "at") && !isCapitalised(words[i - 1] ?? ""));
  if (place > 0) words = words.slice(0, place);

  if (isCapitalised(words.at(-1) ?? "")) {
    let nameStart = words.length - 1;
    while (nameStart > 0 && (isCapitalised(words[nameStart - 1] ?? "") || CONNECTORS.has(words[nameStart - 1] ?? ""))) nameStart--;
    const isDescribed = words.slice(0, nameStart).some((w) => PARTY_WORDS.has(w));
    if (isDescribed) words = words.slice(nameStart);
  }
  const name = words.join(" ").trim();
  return name && !isDeterminer(name) ? name : null;
}
