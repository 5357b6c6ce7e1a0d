
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
const isCapitalised = (word: string) => /\p{Lu}/u.test(word);
const isDeterminer = (word: string) => DETERMINERS.has(word.toLowerCase());

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
  words = withoutTitle(words);
  const name = words.join(" ").trim();
  return name && !isDeterminer(name) ? name : null;
}

/** Titles and roles that stand before a person's name: "Ukrainian President Volodymyr Zelensky" is Volodymyr Zelensky. */
const TITLES = new Set([
  "president", "minister", "prime", "general", "gen.", "colonel", "col.", "major", "maj.", "captain", "capt.", "lieutenant",
  "lt.", "sergeant", "sgt.", "brigadier", "marshal", "admiral", "commander", "spokesman", "spokeswoman", "spokesperson",
  "surgeon", "doctor", "dr.", "dr", "schoolteacher", "teacher", "secretary", "chief", "director", "head", "governor",
  "mayor", "senator", "ambassador", "envoy", "coordinator", "commissioner", "representative", "deputy", "vice-president",
  "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "sheikh", "imam", "pastor", "father", "judge", "prosecutor", "activist",
  "journalist", "correspondent", "resident", "witness", "nurse", "medic", "official", "officer", "leader", "chairman",
]);

/**
 * The person's name at the end of a phrase that opens with titles: the name
 * is what follows the last title, when at least one capitalised word does.
 */
function withoutTitle(words: string[]): string[] {
  let lastTitle = -1;
  words.forEach((word, i) => {
    if (TITLES.has(word.toLowerCase())) lastTitle = i;
  });
  const rest = words.slice(lastTitle + 1);
  const isName = rest.length > 0 && rest.every((word) => isCapitalised(word[0] ?? ""));
  return lastTitle >= 0 && isName ? rest : words;
}
