import type { QuantityCategory, VictimGroup } from "@/lib/claims/value";
import type { TextSpan } from "@/lib/claims/parse/normalize";
import type { Token } from "@/lib/claims/parse/nlp";
import { REPORTING_VERBS } from "@/lib/claims/parse/reporting-verbs";

/**
 * Lemmas that say what a figure counts. They are looked for only in the
 * words attached to that figure (its noun phrase, the verb that follows it,
 * or the verb or "toll" just before it), so that "three guards died and
 * eight were hurt" gives 3 killed and 8 wounded.
 */
const CUES: [QuantityCategory, Set<string>][] = [
  // "lost 11,000 soldiers": armies' losses are the dead and the wounded together.
  ["killed_or_wounded", new Set(["casualty", "casualties", "loss", "losses", "lost", "victime", "victimes"])],
  [
    "killed",
    new Set([
      "kill", "killed", "killing", "dead", "death", "deaths", "die", "died", "dying", "massacre", "massacred", "slay",
      "slain", "execute", "executed", "fatality", "fatalities", "body", "bodies", "toll", "perish", "perished",
      "life", "lives", "losing", "martyr", "martyrs", "martyred", "fell", "fallen", "murder", "burial", "buried", "bury", "burials", "murdered", "behead", "beheaded", "drown", "drowned", "shot dead", "tué", "tués",
      "tuées", "tuée", "mort", "morts", "décès", "décédé", "décédés", "neutralisés", "abattus", "massacrés",
    ]),
  ],
  ["wounded", new Set(["wound", "wounded", "wounding", "wounds", "injure", "injured", "injury", "injuries", "injuring", "hurt", "maim", "maimed", "blessé", "blessés", "blessées"])],
  [
    "captured",
    new Set([
      "capture", "captured", "abduct", "abducted", "kidnap", "kidnapped", "detain", "detained", "arrest", "arrested",
      "hostage", "hostages", "prisoner", "prisoners", "captive", "captives", "detainee", "detainees", "enlevé", "enlevés", "enlevées", "otage", "otages", "kidnappés",
    ]),
  ],
  ["displaced", new Set(["displace", "displaced", "displacement", "flee", "fled", "fleeing", "refugee", "refugees", "uproot", "uprooted", "homeless", "déplacé", "déplacés", "réfugiés"])],
  ["other", new Set(["survive", "survived", "survivor", "survivors", "missing", "rescue", "rescued", "disparus", "disparues", "portés"])],
];

/** "45 lost their lives": "lost" is often read as a noun, so the phrase is matched whole. */
const LOST_LIVES = /^(?:have |had )?(?:lost|lose|losing) (?:their|his|her) lives?\b/i;
/** "forced 1.8 million people from their homes", "have been forced out of their homes". */
const FROM_HOMES = /^(?:\S+ ){0,5}?(?:from|out of) (?:their|his|her) homes?\b/i;

function cueOf(token: Token): QuantityCategory | undefined {
  const word = token.text.toLowerCase();
  return CUES.find(([, words]) => words.has(token.lemma) || words.has(word))?.[0];
}

/** Parts of speech that continue the noun phrase after a figure: "Malian and Wagner forces", "of the victims". */
const NOUN_PHRASE = new Set(["ADJ", "NOUN", "PROPN", "NUM", "DET", "CCONJ"]);
/** Parts of speech of a verb group after the noun phrase: "were reportedly killed", "have been left homeless", "to flee". */
const VERB_GROUP = new Set(["AUX", "ADV", "PART", "VERB"]);

export interface FigureContext {
  /** The figure counts the speaker of a reporting verb: "said one resident", "two witnesses told AFP". */
  isSpeaker: boolean;
  /** The tokens of the noun phrase after the figure: "Malian soldiers". */
  nounPhrase: Token[];
  /** The last noun of that phrase: "soldiers". */
  head: Token | null;
  /** Its first noun: "chance" in "zero chance of civilian casualties". */
  firstNoun: Token | null;
  category: QuantityCategory | undefined;
}

/**
 * The words attached to one figure, read from the tokens of its sentence.
 * `limit` is where the next figure starts: nothing past it belongs to this one.
 */
export function figureContext(tokens: Token[], figure: TextSpan, limit: TextSpan): FigureContext {
  const after = tokens.filter((t) => t.start >= figure.end && t.end <= limit.end);
  const before = tokens.filter((t) => t.end <= figure.start && t.start >= limit.start);
  const words = after.slice(0, 9).map((t) => t.text).join(" ");
  if (LOST_LIVES.test(words)) return { isSpeaker: false, nounPhrase: [], head: null, firstNoun: null, category: "killed" };
  const nounPhrase = nounPhraseAt(after);
  const head = [...nounPhrase].reverse().find((t) => t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ") ?? null;
  const rest = after.slice(nounPhrase.length);
  const verbGroup = verbGroupAt(rest);
  const nearestFirst = before.slice(-10).reverse();
  const category =
    combined(nounPhrase) ??
    combined(verbGroup) ??
    // "the killing of at least 124 people, wounding of dozens more": the words right before the figure.
    cueIn(nearestFirst.slice(0, 3)) ??
    setOffCategory(rest) ??
    (FROM_HOMES.test(words) ? "displaced" : undefined) ??
    cueIn(nearestFirst);
  const firstNoun = nounPhrase.find((t) => t.pos === "NOUN" || t.pos === "PROPN") ?? null;
  // "…, said one resident": a reporting verb right after a comma or quote, then the figure.
  const isInverted = isReportingVerb(before.at(-1)) && (before.length < 2 || before.at(-2)?.pos === "PUNCT");
  const isSpeaker = category === undefined && (isInverted || verbGroup.some((t) => isReportingVerb(t)));
  return { isSpeaker, nounPhrase, head, firstNoun, category };
}

const isReportingVerb = (token: Token | undefined) => token !== undefined && token.pos === "VERB" && REPORTING_VERBS.has(token.lemma);

function nounPhraseAt(tokens: Token[]): Token[] {
  const phrase: Token[] = [];
  for (const [i, token] of tokens.entries()) {
    const isOf = ["of", "de", "d'"].includes(token.text.toLowerCase()) && phrase.length <= 1;
    // "and" joins two modifiers ("Malian and Wagner forces"), not two clauses ("and eight were hurt").
    const isInnerAnd = token.pos === "CCONJ" && tokens[i + 1]?.pos !== "NUM" && tokens[i + 1]?.pos !== "VERB" && phrase.length > 0;
    // "Dan Na Ambassagou militiamen", "Boko Haram-ISIS affiliate fighters": marks inside a name.
    const isInsideName = (token.pos === "PART" || token.text === "-") && phrase.at(-1)?.pos === "PROPN" && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "");
    if (isInsideName) {
      phrase.push(token);
      continue;
    }
    if (!(NOUN_PHRASE.has(token.pos) || isOf) || (token.pos === "CCONJ" && !isInnerAnd) || (token.pos === "NUM" && phrase.length > 0 && token.lemma !== "one")) break;
    if (token.pos === "DET" && phrase.length > 0 && phrase.at(-1)?.lemma !== "of") break;
    // "100 civilians ACLED also stated": a name after the noun starts the next clause.
    if (token.pos === "PROPN" && phrase.at(-1)?.pos === "NOUN" && /s$/.test(phrase.at(-1)?.text ?? "")) break;
    phrase.push(token);
    if (phrase.length >= 6) break;
  }
  while (phrase.length > 0 && ["CCONJ", "DET"].includes(phrase.at(-1)?.pos ?? "")) phrase.pop();
  return phrase;
}

function verbGroupAt(tokens: Token[]): Token[] {
  const group: Token[] = [];
  for (const [i, token] of tokens.entries()) {
    const isOrAnd = token.pos === "CCONJ" && group.some((t) => t.pos === "VERB");
    // "killed, injured or captured": a list of verbs.
    const isListComma = token.text === "," && group.at(-1)?.pos === "VERB" && tokens[i + 1]?.pos === "VERB";
    if (isListComma) {
      group.push(token);
      continue;
    }
    const isComplement = (token.pos === "ADJ" || token.pos === "NOUN" || token.pos === "PRON") && group.some((t) => t.pos === "VERB" || t.pos === "AUX");
    if (!VERB_GROUP.has(token.pos) && !isOrAnd && !isComplement) break;
    group.push(token);
    if (group.length >= 6) break;
  }
  return group;
}

/** A phrase set off by commas right after the figure's noun phrase: "30 other troops, either dead or seriously injured,". */
function setOffCategory(tokens: Token[]): QuantityCategory | undefined {
  if (tokens[0]?.text !== ",") return undefined;
  const end = tokens.findIndex((t, i) => i > 0 && t.pos === "PUNCT");
  const inside = tokens.slice(1, end < 0 ? Math.min(tokens.length, 7) : Math.min(end, 7));
  // "…, and scores wounded" is the next item of a list, not a phrase about this figure.
  if (["and", "or", "but"].includes(inside[0]?.text.toLowerCase() ?? "")) return undefined;
  // "at least 16 civilians, including women and children, were killed": the verb after the phrase.
  const after = end > 0 && tokens[end]?.text === "," ? verbGroupAt(tokens.slice(end + 1)) : [];
  return combined(inside) ?? combined(after);
}

/**
 * "killed or wounded" and "dead and injured" are one figure of both; any
 * other mix ("killed, injured or captured") is "other", for the user to narrow.
 */
function combined(tokens: Token[]): QuantityCategory | undefined {
  const found = new Set(tokens.map(cueOf).filter((c): c is QuantityCategory => c !== undefined));
  if (found.size <= 1) return [...found][0];
  if (found.size === 2 && found.has("killed") && found.has("wounded")) return "killed_or_wounded";
  return "other";
}

/** The nearest cue before the figure: "killing 12", "a death toll of 45", "heavy losses, 40 in all". */
/** Verbs that carry a toll to its figure: "the number of bodies had risen to 283", "the wounded included two". */
const TOLL_VERBS = new Set(["rise", "rose", "risen", "reach", "reached", "climb", "climbed", "stand", "stood", "increase", "increased", "hit", "top", "include", "included", "includes", "be", "jump", "jumped", "surpass", "surpassed", "exceed", "exceeded"]);

function cueIn(tokensNearestFirst: Token[]): QuantityCategory | undefined {
  for (const [i, token] of tokensNearestFirst.entries()) {
    const cue = cueOf(token);
    if (cue) return cue;
    // "the bodies recovered had risen to 283": a participle that describes the noun before it.
    const isReducedRelative = /ed$/.test(token.text) && tokensNearestFirst[i + 1]?.pos === "NOUN";
    const isTollVerb = TOLL_VERBS.has(token.lemma) || TOLL_VERBS.has(token.text.toLowerCase()) || isReducedRelative;
    if (token.pos === "SCONJ" || token.text === "." || token.text === ";" || (token.pos === "VERB" && !isTollVerb) || token.pos === "NUM") return undefined;
  }
  return undefined;
}

const GROUP_WORDS: [VictimGroup, RegExp][] = [
  [
    "civilians",
    /^(?:civilians?|inhabitants|residents|villagers|children|women|girls|boys|babies|infants|workers|migrants|students|pupils|farmers|herders|pilgrims|worshippers|patients|journalists|refugees|civils|enfants|femmes|habitants|villageois)$/i,
  ],
  [
    "fighters",
    /^(?:fighters|militants|militiamen|militia|jihadists|rebels|mercenaries|insurgents|combatants|terrorists|gunmen|attackers|assailants|bandits|jihadistes|combattants|terroristes|rebelles|assaillants|miliciens)$/i,
  ],
  // "personnel" is left out: "one armoured personnel carrier" is a vehicle.
  ["soldiers", /^(?:soldiers|troops|forces|servicemen|policemen|police|officers|gendarmes|guards|soldats|militaires|policiers|gendarmes)$/i],
];

/** The victim group the figure's own noun phrase names; two different groups give "mixed". */
export function victimGroupOf(nounPhrase: Token[]): VictimGroup | undefined {
  const groups = new Set(
    nounPhrase.flatMap((token) => GROUP_WORDS.filter(([, words]) => words.test(token.text)).map(([group]) => group)),
  );
  if (groups.size === 0) return undefined;
  return groups.size === 1 ? [...groups][0] : "mixed";
}

/**
 * Nouns that count people. A figure whose noun phrase ends in another noun
 * counts things ("four clinics", "two vehicles", "three villages") and is no
 * claim about people.
 */
const PERSON_NOUNS = new Set([
  "people", "person", "persons", "civilian", "child", "kid", "baby", "infant", "woman", "man", "men", "girl", "boy",
  "adult", "minor", "teenager", "soldier", "troop", "troops", "fighter", "militant", "militiaman", "militiamen", "militia",
  "jihadist", "rebel", "insurgent", "combatant", "mercenary", "terrorist", "gunman", "gunmen", "attacker", "assailant",
  "bandit", "resident", "villager", "inhabitant", "citizen", "national", "worker", "employee", "staff", "volunteer",
  "journalist", "reporter", "doctor", "nurse", "medic", "patient", "student", "pupil", "teacher", "farmer", "herder",
  "miner", "trader", "driver", "passenger", "pilgrim", "worshipper", "protester", "protestor", "demonstrator", "police",
  "policeman", "policemen", "officer", "guard", "gendarme", "peacekeeper", "member", "official", "leader", "commander",
  "prisoner", "detainee", "hostage", "captive", "refugee", "migrant", "victim", "survivor", "casualty", "death",
  "fatality", "body", "life", "dead", "wounded", "injured", "family", "household", "individual", "other", "others",
  "more", "serviceman", "servicemen", "personnel", "aid", "crew", "sailor", "pilot", "marine", "recruit", "conscript",
  "displaced", "idp", "idps", "force", "forces", "unit", "units", "asylum", "seeker", "elderly", "youth", "youths", "boy", "relative", "parent", "mother",
  "father", "son", "daughter", "brother", "sister", "husband", "wife", "friend", "guest", "customer", "shopper",
  "fisherman", "fishermen", "commando", "commandos", "colleague", "colleagues", "martyr", "martyrs", "local", "locals", "witness", "witnesses", "population", "hunter", "shepherd", "villageois", "personnes", "civils", "soldats", "militaires",
  "enfants", "femmes", "habitants", "morts", "blessés", "victimes", "jihadistes", "combattants", "terroristes",
  "déplacés", "réfugiés", "otages", "policiers", "gendarmes", "hommes", "assaillants", "personne", "victime",
  "ressortissants", "citoyens", "manifestants", "élèves", "étudiants", "travailleurs", "israéliens", "palestiniens",
  "français", "françaises", "disparus", "casques", "militants", "rebelles", "miliciens",
]);

function isPersonNoun(head: Token): boolean {
  if (head.pos === "PROPN" && /s$/.test(head.text)) return true; // "Palestinians", "Malians"
  return PERSON_NOUNS.has(head.lemma) || PERSON_NOUNS.has(head.text.toLowerCase());
}

/** Whether the figure's own noun names the people it counts ("240,000 people", "8,400 soldiers"), not a harm. */
export function countsPeopleNamed(context: FigureContext): boolean {
  return context.head !== null && !context.isSpeaker && isPersonNoun(context.head) && cueOf(context.head) === undefined;
}

/** For a zero: whether what it is the zero of is people or harm ("no casualties"), not "no chance" or "no details". */
export function zeroOfPeople(context: FigureContext): boolean {
  return context.firstNoun === null || isPersonNoun(context.firstNoun);
}

/** Things a figure may count that can be "destroyed", "hit" or "lost" but are no people. */
const THINGS = new Set([
  "vehicle", "vehicles", "house", "houses", "home", "homes", "building", "buildings", "village", "villages", "town",
  "towns", "school", "schools", "clinic", "clinics", "hospital", "hospitals", "attack", "attacks", "strike", "strikes",
  "airstrike", "airstrikes", "incident", "incidents", "drone", "drones", "rocket", "rockets", "missile", "missiles",
  "shell", "shells", "tank", "tanks", "car", "cars", "truck", "trucks", "boat", "boats", "aircraft", "helicopter",
  "helicopters", "weapon", "weapons", "site", "sites", "camp", "camps", "shop", "shops", "church", "churches", "mosque",
  "mosques", "cattle", "livestock", "animal", "animals", "cow", "cows", "goat", "goats", "sheep", "day", "days",
  "hour", "hours", "week", "weeks", "month", "months", "year", "years", "event", "events", "clash", "clashes",
]);

/** Whether the figure's noun phrase counts people (or names nothing, "45 were killed"). */
export function countsPeople(context: FigureContext): boolean {
  const head = context.head;
  if (context.isSpeaker) return false;
  if (!head || isPersonNoun(head)) return true;
  // "36 police commandos killed": an unknown noun that is harmed is people; things are listed.
  return context.category !== undefined && /s$/.test(head.text) && !THINGS.has(head.lemma) && !THINGS.has(head.text.toLowerCase());
}

/**
 * French text is read without parts of speech (the model is English): the
 * first harm word within the eight words after the figure ("ont été tuées",
 * "de morts"), else within the five before it ("un bilan de 28 morts" is
 * after); the figure counts people when one of its next three words is a
 * person or a harm.
 */
export function frenchFigureContext(tokens: Token[], figure: TextSpan, limit: TextSpan): FigureContext {
  const after = tokens.filter((t) => t.start >= figure.end && t.end <= limit.end && t.text !== '"').slice(0, 8);
  const before = tokens.filter((t) => t.end <= figure.start && t.start >= limit.start).slice(-5).reverse();
  const sentenceEnd = after.findIndex((t) => t.text === "." || t.text === ";");
  const window = sentenceEnd < 0 ? after : after.slice(0, sentenceEnd);
  const category = window.map(cueOf).find((c) => c !== undefined) ?? before.map(cueOf).find((c) => c !== undefined);
  const nounPhrase = window.slice(0, 3).filter((t) => t.text.toLowerCase() !== "de" && t.text.toLowerCase() !== "d'");
  const person = nounPhrase.find((t) => PERSON_NOUNS.has(t.text.toLowerCase()) || cueOf(t) !== undefined) ?? null;
  return { isSpeaker: false, nounPhrase, head: person ?? nounPhrase[0] ?? null, firstNoun: person, category };
}
