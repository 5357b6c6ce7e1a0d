import type { AssertionValue, AttributionLink, Hedging } from "@/lib/claims/value";
import { clauseSpans } from "@/lib/claims/parse/clauses";
import { findFrenchAttributions } from "@/lib/claims/parse/french-attribution";
import { analyse, type Token } from "@/lib/claims/parse/nlp";
import { normalizeForMatching, type TextSpan } from "@/lib/claims/parse/normalize";
import { phraseAfter, phraseBefore } from "@/lib/claims/parse/noun-phrase";
import { partyName } from "@/lib/claims/parse/party-name";
import { NEGATION_WORDS, REPORTING_VERBS, type ReportingVerb } from "@/lib/claims/parse/reporting-verbs";
import type { SuggestionOptions } from "@/lib/claims/parse/suggest";

/** A link of the chain as read from the words; the caller resolves the name to an entity. */
export interface ParsedAttributionLink {
  role: Exclude<AttributionLink["role"], "reporter">;
  partyName: string;
}

export interface AttributionSuggestion extends TextSpan {
  /** Origin first, then each intermediary; the reporting document is added by the caller. */
  chain: ParsedAttributionLink[];
  /** Null when the words give a source but no verb to weigh ("per ACLED"). */
  polarity: AssertionValue["polarity"] | null;
  hedging: Hedging | null;
}

/** A party named by a phrase rather than by the subject of a verb: "per ACLED", "citing local sources". */
interface Relay extends TextSpan {
  kind: "origin" | "intermediary";
  name: string;
  first: number;
  last: number;
  /** For "X, citing local sources": X, who relays the origin even without a verb. */
  citedBy: string | null;
}

const RELAY_OPENERS: { words: string[]; kind: Relay["kind"] }[] = [
  { words: ["according", "to"], kind: "intermediary" },
  { words: ["per"], kind: "intermediary" },
  { words: ["citing"], kind: "origin" },
  { words: ["quoted", "by"], kind: "intermediary" },
  { words: ["selon"], kind: "intermediary" },
  { words: ["d'après"], kind: "intermediary" },
];

interface Speaker extends TextSpan {
  name: string;
  verb: ReportingVerb;
  verbIndex: number;
  /** Whom the speaker told: "told the BBC" relays the statement. */
  toldName: string | null;
  /** "X quoted Y as saying": Y is the origin, X relays. */
  quotedName: string | null;
  /** "…said he was told by locals": the one who told is the origin of what the first speaker says. */
  isToldBy: boolean;
  isNegated: boolean;
  /** The speaker comes after the statement: "…, said one resident", "…, the agency reported". */
  isTrailing: boolean;
}

/** Pronouns and bare nouns that point back to a party named earlier. */
const ANAPHORS = new Set([
  "they", "he", "she", "it", "we", "i", "you", "group", "who", "which", "this", "that", "these", "those", "report", "statement",
]);
/** Words that "per" and "according to" meet which name no party: "71 per cent", "per capita". */
const NOT_PARTIES = /^(?:cent|capita|person|head|day|week|month|year|hour|annum|se|condition of anonymity)$/i;
const DOCUMENT_NOUNS = new Set(["report", "reports", "study", "studies", "abuse", "abuses", "investigation", "finding", "findings", "figure", "figures", "estimate", "estimates", "document", "documents", "account", "accounts", "record", "records", "analysis"]);
/** "citing data from city hospitals": the party is whoever the data come from. */
const INFO_NOUNS = new Set(["data", "figures", "statistics", "information", "reports", "numbers", "estimates", "records", "tallies", "counts"]);
/** Whom a speaker may tell without anyone relaying it. */
const AUDIENCES =
  /^(?:the )?(?:press|media)$|^(?:us|me|him|her|them)$|(?:^|\s)(?:reporters|journalists|parliament|lawmakers|conference|briefing|residents|council|assembly|congress|senate|committee)$/i;
/** "said in a brief message to AFP", "in an interview with the BBC": the medium relays. */
const MEDIUM_BEFORE = /^(?:in|during)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:message|statement|interview|post|letter|briefing|call)\s+(?:to|with)$/iu;
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight|day|days|hour|hours|night|week|weeks|month|months|year|years|weekend)$/i;

/**
 * Every attribution in the text, in reading order: "A local elected official
 * … reported …, while an MSA official claimed …" gives two. Within a clause,
 * parties named with "citing" are the origin, the speaker comes next, then
 * whom the speaker told, the parties named with "according to" or "per",
 * and a trailing reporter ("…, the agency reported"). `antecedent` is the
 * party a pronoun subject ("They said") stands for, when the caller knows it.
 */
export function findAttributions(text: string, options: SuggestionOptions = {}, antecedent?: string): AttributionSuggestion[] {
  const normalized = normalizeForMatching(text);
  if (options.language === "fr") return findFrenchAttributions(normalized);
  const { tokens } = analyse(normalized);
  const found: AttributionSuggestion[] = [];
  let lastParty = antecedent ?? null;
  for (const span of clauseSpans(normalized)) {
    const clauseTokens = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
    const relays = findRelays(clauseTokens);
    const clause = withoutRelays(clauseTokens, relays);
    const speakers = findSpeakers(clause, lastParty);
    const origins = relays.filter((r) => r.kind === "origin").map((r) => r.name);
    const intermediaries = relays.filter((r) => r.kind === "intermediary").map((r) => r.name);
    const relaySpan = relays.length > 0 ? { start: Math.min(...relays.map((r) => r.start)), end: Math.max(...relays.map((r) => r.end)) } : null;

    if (speakers.length === 0) {
      if (!relaySpan) continue;
      const polarity = isStatementNegated(clause, 0, clause.length) ? "denied" : null;
      // Several "per" in one clause are several attributions: "60+ (per IS) 17+ (per ACLED)".
      const chains =
        intermediaries.length > 1 && origins.length === 0
          ? intermediaries.map((name) => [name])
          : [[...origins, ...(intermediaries.length > 0 ? intermediaries : citers(relays))]];
      for (const names of chains) if (names.length > 0) found.push({ ...relaySpan, chain: toChain(names), polarity, hedging: null });
      continue;
    }

    // A reporter after a first speaker relays that speaker: "X said …, the agency reported".
    const [first, ...rest] = speakers;
    const trailing = rest.length > 0 && rest.at(-1)?.isTrailing ? rest.at(-1) : undefined;
    const toldBy = rest.find((s) => s.isToldBy && s !== trailing);
    const others = rest.filter((s) => s !== trailing && s !== toldBy);
    const main = first as Speaker;
    const names = [
      ...origins,
      ...(toldBy ? [toldBy.name] : []),
      ...(main.quotedName ? [main.quotedName] : []),
      main.name,
      ...(main.toldName ? [main.toldName] : []),
      ...intermediaries,
      ...(trailing ? [trailing.name] : []),
    ];
    const mainSpan = { start: Math.min(main.start, relaySpan?.start ?? main.start), end: Math.max(main.end, relaySpan?.end ?? main.end, trailing?.end ?? 0) };
    found.push({ ...mainSpan, chain: toChain(names), polarity: polarityOf(main, clause, speakers), hedging: main.verb.hedging });
    for (const speaker of others) {
      found.push({ start: speaker.start, end: speaker.end, chain: toChain([speaker.name]), polarity: polarityOf(speaker, clause, speakers), hedging: speaker.verb.hedging });
    }
    lastParty = speakers.at(-1)?.name ?? lastParty;
  }
  return found;
}

/** The first attribution in the text, or null when it names no one. */
export function parseAttribution(text: string, options: SuggestionOptions = {}): AttributionSuggestion | null {
  return findAttributions(text, options)[0] ?? null;
}

function citers(relays: Relay[]): string[] {
  const citer = relays.find((r) => r.citedBy !== null)?.citedBy;
  return citer ? [citer] : [];
}

function toChain(names: string[]): ParsedAttributionLink[] {
  const unique = names.filter((name, i) => names.findIndex((n) => n.toLowerCase() === name.toLowerCase()) === i);
  return unique.map((name, i) => ({ role: i === 0 ? "origin" : "intermediary", partyName: name }));
}


/** A party's name from a noun phrase, or null for pronouns, time words and phrases that name no one. */
function nameOf(phrase: Token[], antecedent: string | null): string | null {
  if (phrase.length === 0) return null;
  const last = phrase.at(-1) as Token;
  const open = phrase.findLastIndex((t) => t.text === "(");
  if (last.text === ")" && open >= 0 && phrase.length - open <= 5) return phrase.slice(open + 1, -1).map((t) => t.text).join(" ");
  // "Initial reports indicate", "the abuses documented": documents and findings are no party unless a name says whose.
  if (DOCUMENT_NOUNS.has(last.lemma) && !phrase.some((t) => t.pos === "PROPN")) return null;
  const bare = phrase.filter((t) => !["the", "a", "an"].includes(t.text.toLowerCase()));
  if (bare.length === 1 && (ANAPHORS.has(last.text.toLowerCase()) || last.pos === "PRON")) return antecedent;
  if (phrase.every((t) => TIME_WORDS.test(t.text) || t.entity === "DATE" || t.pos === "NUM")) return null;
  if (NOT_PARTIES.test(words(phrase).join(" "))) return null;
  if (!phrase.some((t) => t.pos === "PROPN" || t.pos === "NOUN" || /^\p{Lu}/u.test(t.text))) return null;
  // "Yemen's health ministry" is the health ministry: a possessive place before a common noun.
  const possessive = phrase.findIndex((t) => t.text === "'s" || t.text === "’s");
  const owned = possessive >= 0 ? phrase.slice(possessive + 1) : [];
  if (owned.length > 0 && /^\p{Ll}/u.test(owned[0]?.text ?? "") && !phrase.slice(0, possessive).some((t) => t.pos === "NOUN")) return partyName(words(owned));
  return partyName(words(phrase));
}

/** The words of a phrase as written: tokens with no space between them ("al", "-", "Qaeda") are one word. */
function words(tokens: Token[]): string[] {
  const merged: string[] = [];
  tokens.forEach((token, i) => {
    if (i > 0 && tokens[i - 1]?.end === token.start && merged.length > 0) merged[merged.length - 1] += token.text;
    else merged.push(token.text);
  });
  return merged;
}

function findRelays(tokens: Token[]): Relay[] {
  const relays: Relay[] = [];
  tokens.forEach((_, i) => {
    for (const opener of RELAY_OPENERS) {
      const isOpener = opener.words.every((word, k) => tokens[i + k]?.text.toLowerCase() === word);
      if (!isOpener) continue;
      let phrase = phraseAfter(tokens, i + opener.words.length);
      const afterPhrase = i + opener.words.length + phrase.length;
      if (phrase.length === 1 && INFO_NOUNS.has(phrase[0]?.text.toLowerCase() ?? "") && ["from", "by", "of"].includes(tokens[afterPhrase]?.text ?? "")) {
        phrase = [...phrase, tokens[afterPhrase] as Token, ...phraseAfter(tokens, afterPhrase + 1)];
      }
      const name = INFO_NOUNS.has(phrase[0]?.text.toLowerCase() ?? "") && phrase.length > 2 ? nameOf(phrase.slice(2), null) : nameOf(phrase, null);
      if (name === null) continue;
      const last = i + opener.words.length + phrase.length - 1;
      const citer = opener.kind === "origin" ? phraseBefore(tokens, tokens[i - 1]?.text === "," ? i - 1 : i).phrase : [];
      relays.push({
        kind: opener.kind,
        name,
        first: i,
        last,
        start: (tokens[i] as Token).start,
        end: (tokens[last] as Token).end,
        citedBy: nameOf(citer, null),
      });
    }
  });
  return relays;
}

/**
 * The clause with its relay phrases cut out, with the brackets or commas that
 * set them off: "a senior Ukrainian official, according to Bamako, admitted"
 * becomes "a senior Ukrainian official admitted".
 */
function withoutRelays(tokens: Token[], relays: Relay[]): Token[] {
  const removed = new Set<number>();
  for (const relay of relays) {
    for (let i = relay.first; i <= relay.last; i++) removed.add(i);
    const before = tokens[relay.first - 1]?.text;
    const after = tokens[relay.last + 1]?.text;
    if (before === "(" || before === ",") removed.add(relay.first - 1);
    if (after === ")" || (after === "," && before !== "(")) removed.add(relay.last + 1);
  }
  return tokens.filter((_, i) => !removed.has(i));
}

/**
 * wink-nlp now and then tags a reporting verb as an adjective or a noun
 * ("Human Rights Watch said today", "officials claim that"); its form or a
 * following "that" makes it a verb again, but not before a noun ("the
 * reported figure").
 */
function isVerb(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (token.pos === "VERB") return true;
  if (token.pos !== "ADJ" && token.pos !== "NOUN") return false;
  const next = tokens[i + 1];
  if (next && next.entity !== "DATE" && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ")) return false;
  return /(?:ed|said|told|wrote)$/i.test(token.text) || next?.text.toLowerCase() === "that";
}
const isClauseEdge = (token: Token | undefined) =>
  token === undefined || (token.pos === "PUNCT" && token.text !== ")") || /^["'“”‘’]$/.test(token.text);
/** What may follow an inverted speaker: the end of the clause, a time ("said the ministry on Friday") or a relay. */
const endsInvertedSpeaker = (token: Token | undefined) =>
  isClauseEdge(token) || token?.entity === "DATE" || ["on", "in", "citing", "according", "yesterday", "today"].includes(token?.text.toLowerCase() ?? "");
/** A proper name: every word capitalised ("Antony Mwalushayi", "Salameh Maarouf"). */
const isProperName = (phrase: Token[]) => phrase.length > 0 && phrase.every((t) => /^\p{Lu}/u.test(t.text) || t.text === "-");

/** wink-nlp lemmatises a verb it mistagged as itself ("said" as an adjective): the form is read then. */
const IRREGULAR_FORMS: Record<string, string> = { said: "say", says: "say", told: "tell", wrote: "write", put: "put", found: "find" };
function reportingVerbOf(token: Token): ReportingVerb | undefined {
  const form = token.text.toLowerCase();
  return (
    REPORTING_VERBS.get(token.lemma) ??
    REPORTING_VERBS.get(IRREGULAR_FORMS[form] ?? "") ??
    REPORTING_VERBS.get(form.replace(/(?:ed|d|s)$/, "")) ??
    REPORTING_VERBS.get(form.replace(/ed$/, "e"))
  );
}

function findSpeakers(tokens: Token[], antecedent: string | null): Speaker[] {
  const speakers: Speaker[] = [];
  let lastParty = antecedent;
  tokens.forEach((token, verbIndex) => {
    const verb = reportingVerbOf(token);
    if (!verb || !isVerb(tokens, verbIndex)) return;
    const previous = tokens[verbIndex - 1];
    const next = tokens[verbIndex + 1];
    // "were reported killed", "is estimated": a passive names no speaker unless "by" follows.
    let auxiliary = verbIndex - 1;
    while (tokens[auxiliary]?.pos === "ADV") auxiliary--; // "were also reported dead", "be independently confirmed"
    const be = tokens[auxiliary];
    const isPassive = be?.pos === "AUX" && ["be", "was", "were", "is", "are", "been", "being"].includes(be.lemma) && next?.text.toLowerCase() !== "by";
    if (isPassive) return;
    // "could not be independently verified by Al Jazeera": a check that failed attributes nothing.
    if (["verify", "confirm", "corroborate"].includes(token.lemma) && isVerbNegated(tokens, auxiliary + 1)) return;
    // "large numbers of reported fatalities": a participle before its noun describes it.
    if (/ed$/i.test(token.text) && (next?.pos === "NOUN" || next?.pos === "ADJ") && ["of", "the", "a", "an", "and"].includes(previous?.text.toLowerCase() ?? "")) return;
    // A participle attributes only right after its subject: "the rebels claiming control".
    if (/ing$/i.test(token.text) && previous?.pos !== "PROPN" && previous?.pos !== "NOUN") return;

    let phrase: Token[];
    let subjectStart: number;
    let isTrailing = false;
    if (next?.text.toLowerCase() === "by") {
      phrase = phraseAfter(tokens, verbIndex + 2);
      subjectStart = verbIndex;
    } else if (isClauseEdge(previous) && verbIndex > 0 && invertedSpeaker(tokens, verbIndex) !== null) {
      // Inversion: "…," said one resident; "…, said the army's spokesman in that province, Antony Mwalushayi."
      phrase = invertedSpeaker(tokens, verbIndex) ?? [];
      subjectStart = verbIndex;
      isTrailing = true;
    } else {
      const before = subjectBefore(tokens, verbIndex);
      phrase = before.phrase;
      subjectStart = before.start;
      isTrailing = isClauseEdge(tokens[before.start - 1]) && before.start > 0 && isClauseEdge(next);
    }
    const name = nameOf(phrase, lastParty);
    if (name === null || speakers.some((s) => s.name === name)) return;
    const isTell = token.lemma === "tell" || token.lemma === "inform";
    const quotes = token.lemma === "quote" || token.lemma === "cite";
    const object = (isTell || quotes) && next?.text.toLowerCase() !== "by" ? phraseAfter(tokens, verbIndex + 1) : [];
    const objectName = object.length > 0 ? nameOf(object, null) : null;
    // "X quoted Y as saying", "media reports have cited villagers claiming": Y speaks, X relays.
    const afterObject = tokens[verbIndex + 1 + object.length];
    const isQuote = quotes && (afterObject?.text.toLowerCase() === "as" || /^(?:saying|claiming|stating)$/i.test(afterObject?.text ?? ""));
    const phraseEnd = phrase.at(-1)?.end ?? token.end;
    const medium = mediumAfter(tokens, verbIndex);
    speakers.push({
      name,
      verb,
      verbIndex,
      isToldBy: isTell && next?.text.toLowerCase() === "by",
      toldName: isTell && objectName && !AUDIENCES.test(words(object).join(" ")) ? objectName : medium,
      quotedName: isQuote ? objectName : null,
      isNegated: isVerbNegated(tokens, verbIndex),
      isTrailing,
      start: Math.min(tokens[subjectStart]?.start ?? token.start, token.start),
      end: Math.max(phraseEnd, token.end),
    });
    lastParty = name;
  });
  return speakers;
}

/** The party a statement was given to: "said in a brief message to AFP" → AFP. */
function mediumAfter(tokens: Token[], verbIndex: number): string | null {
  for (let end = verbIndex + 4; end <= verbIndex + 8 && end < tokens.length; end++) {
    const lead = words(tokens.slice(verbIndex + 1, end)).join(" ");
    if (!MEDIUM_BEFORE.test(lead)) continue;
    const party = phraseAfter(tokens, end);
    const name = nameOf(party, null);
    return name && !AUDIENCES.test(words(party).join(" ")) ? name : null;
  }
  return null;
}

/**
 * The speaker after a verb that follows the statement, or null when the
 * words after the verb are no speaker ("…, said the attack occurred"). A
 * proper name set off by a comma within a few words names the speaker.
 */
function invertedSpeaker(tokens: Token[], verbIndex: number): Token[] | null {
  const phrase = phraseAfter(tokens, verbIndex + 1);
  if (phrase.length === 0) return null;
  const afterPhrase = verbIndex + 1 + phrase.length;
  const comma = tokens.findIndex((t, i) => i >= afterPhrase && i <= afterPhrase + 4 && t.text === ",");
  const named = comma >= 0 ? phraseAfter(tokens, comma + 1) : [];
  if (isProperName(named) && endsInvertedSpeaker(tokens[comma + 1 + named.length])) return named;
  return endsInvertedSpeaker(tokens[afterPhrase]) ? phrase : null;
}

/**
 * The subject before a verb, past an appositive ("Ivan Petrov, a popular war
 * correspondent, wrote") and a relative pronoun ("Le Monde, which stated").
 */
function subjectBefore(tokens: Token[], verbIndex: number): { phrase: Token[]; start: number } {
  // "They said": a pronoun, for nameOf to resolve.
  const previous = tokens[verbIndex - 1];
  const named = namedInAppositives(tokens, verbIndex);
  if (named) return named;
  const isRelative = ["which", "who", "that"].includes(previous?.text.toLowerCase() ?? "");
  if (previous?.pos === "PRON" && !isRelative && ANAPHORS.has(previous.text.toLowerCase())) return { phrase: [previous], start: verbIndex - 1 };
  const direct = coordinated(tokens, phraseBefore(tokens, verbIndex), verbIndex);
  const beforeDirect = tokens[direct.start - 1];
  const relative = direct.phrase.length === 0 && ["which", "who"].includes(tokens[verbIndex - 1]?.text.toLowerCase() ?? "") && tokens[verbIndex - 2]?.text === ",";
  if (relative) return phraseBefore(tokens, verbIndex - 2);
  const isAppositive =
    beforeDirect?.text === "," && tokens[direct.start + direct.phrase.length]?.text === "," && direct.phrase.length > 0;
  // "Ivan Petrov, a war correspondent, also wrote" names the head; "The Sahelian branch of al-Qaeda,
  // Jama'at Nasr al-Islam wal-Muslimin (JNIM), also claims" names the appositive.
  const isDescription = ["a", "an"].includes(direct.phrase[0]?.text.toLowerCase() ?? "") || !direct.phrase.some((t) => t.pos === "PROPN");
  if (isAppositive && isDescription) {
    const head = phraseBefore(tokens, direct.start - 1);
    if (head.phrase.length > 0 && head.phrase.some((t) => t.pos === "PROPN")) return head;
  }
  // "a local official who asked not to be named said": a relative clause without commas.
  if (direct.phrase.length === 0) {
    for (let i = verbIndex - 1; i >= Math.max(0, verbIndex - 12); i--) {
      const token = tokens[i] as Token;
      if (token.text === "," || isClauseEdge(token) || reportingVerbOf(token)) break;
      if (token.text.toLowerCase() === "who") {
        const subject = phraseBefore(tokens, i);
        if (subject.phrase.length > 0) return subject;
        break;
      }
    }
  }
  // "CSP meanwhile condemned the strikes and said": a second verb of the clause's subject.
  if (direct.phrase.length === 0 && tokens[verbIndex - 1]?.text.toLowerCase() === "and") {
    let start = verbIndex - 1;
    while (start > 0 && tokens[start - 1]?.text !== ",") start--;
    const subject = phraseAfter(tokens, start);
    if (subject.length > 0) return { phrase: subject, start };
  }
  if (direct.phrase.length === 0 && tokens[verbIndex - 1]?.text === ",") {
    // "Ivan Petrov, a popular war correspondent, wrote": the appositive ends at the comma before the verb.
    // "the head of the office, Salameh Maarouf, said": the proper name, not the description, is the speaker.
    const appositive = phraseBefore(tokens, verbIndex - 1);
    if (appositive.phrase.length > 0 && tokens[appositive.start - 1]?.text === ",") {
      const head = phraseBefore(tokens, appositive.start - 1);
      if (head.phrase.length > 0 && !(isProperName(appositive.phrase) && !isProperName(head.phrase))) return head;
    }
    return appositive;
  }
  return direct;
}

/**
 * A subject set off by commas names its speaker in the segment that is a
 * proper name beside one that describes it: "Kibrom Gebreselassie, chief
 * clinical director at Ayder Hospital, also said", "Monday Kassah, head of
 * the local government in Bokkos, Plateau State, said", "the Nigerian Red
 * Cross, a Non-Governmental Organization in Bokkos disclosed". A segment
 * that opens with "which" or "who" is a relative clause and is passed over:
 * "The ministry, which is controlled by the Houthis, said" is the ministry.
 */
function namedInAppositives(tokens: Token[], verbIndex: number): { phrase: Token[]; start: number } | null {
  let zoneStart = verbIndex;
  while (zoneStart > 0 && !(isClauseEdge(tokens[zoneStart - 1]) && tokens[zoneStart - 1]?.text !== ",")) zoneStart--;
  const segments: { tokens: Token[]; start: number }[] = [];
  let from = zoneStart;
  for (let i = zoneStart; i <= verbIndex; i++) {
    if (i === verbIndex || tokens[i]?.text === ",") {
      if (i > from) segments.push({ tokens: tokens.slice(from, i), start: from });
      from = i + 1;
    }
  }
  // A segment with a verb of its own (not a relative clause) is a statement; the subject comes after it.
  const lastStatement = segments.findLastIndex(
    (segment) => segment.tokens.some((t) => t.pos === "VERB") && !["which", "who", "whose"].includes(segment.tokens[0]?.text.toLowerCase() ?? ""),
  );
  segments.splice(0, lastStatement + 1);
  if (segments.length < 2) return null;
  // "the Irrawaddy and Radio Free Asia" continues a list of names; "chief clinical director" describes one.
  const isListOfNames = (segment: Token[]) => isProperName(segment.filter((t) => !["the", "and"].includes(t.text.toLowerCase())));
  const isDescription = (segment: Token[]) =>
    (/^\p{Ll}/u.test(segment[0]?.text ?? "") || ["a", "an"].includes(segment[0]?.text.toLowerCase() ?? "")) && !isListOfNames(segment);
  const isRelativeClause = (segment: Token[]) => ["which", "who", "whose"].includes(segment[0]?.text.toLowerCase() ?? "");
  const isName = (segment: Token[]) => {
    const words = segment[0]?.text.toLowerCase() === "the" ? segment.slice(1) : segment;
    return words.length > 0 && !["ADP", "ADV", "SCONJ", "DET", "PRON"].includes(words[0]?.pos ?? "") && isProperName(words);
  };
  const kept = segments.filter((segment) => !isRelativeClause(segment.tokens));
  for (const [i, segment] of kept.entries()) {
    const next = kept[i + 1];
    const previousSegment = kept[i - 1];
    const describedAfter = next !== undefined && isDescription(next.tokens);
    const describedBefore = previousSegment !== undefined && isDescription(previousSegment.tokens) && i === kept.length - 1;
    if (isName(segment.tokens) && (describedAfter || describedBefore)) return { phrase: segment.tokens, start: segment.start };
  }
  // "The ministry, which is controlled by the Houthis, said": the subject before the relative clause.
  if (kept.length < segments.length && kept.length > 0 && segments.at(-1) !== kept.at(-1)) {
    const subject = kept.at(-1) as { tokens: Token[]; start: number };
    return { phrase: trimToPhrase(subject.tokens), start: subject.start };
  }
  return null;
}

/** The noun phrase that ends a segment: "The ministry" of "The ministry". */
function trimToPhrase(segment: Token[]): Token[] {
  return phraseBefore(segment, segment.length).phrase;
}

/**
 * "BBC Burmese, the Irrawaddy and Radio Free Asia reported", "locals and
 * media reports said": parties listed as one subject. Only a list that opens
 * the clause counts, so that "attacked the town and the army said" stays the army.
 */
function coordinated(tokens: Token[], direct: { phrase: Token[]; start: number }, verbIndex: number): { phrase: Token[]; start: number } {
  if (direct.phrase.length === 0 || tokens[direct.start - 1]?.text.toLowerCase() !== "and") return direct;
  let start = direct.start - 1;
  let previous = phraseBefore(tokens, start);
  while (previous.phrase.length > 0) {
    start = previous.start;
    if (tokens[start - 1]?.text !== ",") break;
    // An item before a comma belongs to the list only when it, too, starts the clause or follows a comma.
    previous = phraseBefore(tokens, start - 1);
    const itemStart = tokens[previous.start - 1];
    if (!(previous.start === 0 || itemStart?.text === "," || (isClauseEdge(itemStart) && itemStart?.text !== ","))) break;
  }
  // "…, Tigray rebels and hospital officials said.": a list after the statement, ending the clause.
  const endsClause = tokens[start - 1]?.text === "," && endsInvertedSpeaker(tokens[verbIndex + 1]);
  const opensClause = start === 0 || (isClauseEdge(tokens[start - 1]) && tokens[start - 1]?.text !== ",") || endsClause;
  return start < direct.start - 1 && opensClause ? { phrase: tokens.slice(start, direct.start + direct.phrase.length), start } : direct;
}

function isVerbNegated(tokens: Token[], verbIndex: number): boolean {
  for (let i = verbIndex - 1; i >= Math.max(0, verbIndex - 3); i--) {
    const token = tokens[i] as Token;
    if (NEGATION_WORDS.has(token.text.toLowerCase()) || token.lemma === "not") return true;
    if (token.pos !== "AUX" && token.pos !== "PART" && token.pos !== "ADV") return false;
  }
  return false;
}

/**
 * Polarity comes from the reporting verb (a denial, or negated: "did not
 * confirm") or from the main predicate of what is reported ("stated that
 * airstrikes did not occur"), never from a negation elsewhere ("gave no
 * details").
 */
function polarityOf(speaker: Speaker, clause: Token[], speakers: Speaker[]): "affirmed" | "denied" {
  if (speaker.verb.isDenial || speaker.isNegated) return "denied";
  const next = speakers.find((s) => s.verbIndex > speaker.verbIndex);
  const after = { from: speaker.verbIndex + 1, to: next ? next.verbIndex : clause.length };
  const hasStatementAfter = clause.slice(after.from, after.to).some((t) => t.pos === "VERB" || t.pos === "AUX");
  const statement = hasStatementAfter || !speaker.isTrailing ? after : { from: 0, to: speaker.verbIndex };
  return isStatementNegated(clause, statement.from, statement.to) ? "denied" : "affirmed";
}

/** Whether the first verb group of the statement is negated: "airstrikes did not occur", "there were never". */
function isStatementNegated(tokens: Token[], from: number, to: number): boolean {
  const start = tokens.slice(from, to).findIndex((t) => t.pos === "AUX" || t.pos === "VERB");
  if (start < 0) return false;
  for (let i = from + start; i < to; i++) {
    const token = tokens[i] as Token;
    if (NEGATION_WORDS.has(token.text.toLowerCase()) || token.lemma === "not") return true;
    if (token.pos === "VERB") return false;
    if (token.pos !== "AUX" && token.pos !== "PART" && token.pos !== "ADV") return false;
  }
  return false;
}
