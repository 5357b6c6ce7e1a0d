import type { AssertionValue, AttributionLink, Hedging } from "@/lib/claims/value";
import { clauseSpans } from "@/lib/claims/parse/clauses";
import { normalizeForMatching } from "@/lib/claims/parse/normalize";
import { nounPhraseAfter, nounPhraseBefore, partyName } from "@/lib/claims/parse/party-name";
import { NEGATION, REPORTING_VERBS, type ReportingVerb } from "@/lib/claims/parse/reporting-verbs";
import { tokenize } from "@/lib/claims/parse/tokens";

/** A link of the chain as read from the words; the caller resolves the name to an entity. */
export interface ParsedAttributionLink {
  role: Exclude<AttributionLink["role"], "reporter">;
  partyName: string;
}

export interface AttributionSuggestion {
  /** Origin first, then each intermediary; the reporting document is added by the caller. */
  chain: ParsedAttributionLink[];
  /** Null when the words give a source but no verb to weigh ("per ACLED"). */
  polarity: AssertionValue["polarity"] | null;
  hedging: Hedging | null;
}

/** A party named by a phrase rather than by the subject of a verb: "per ACLED", "citing local sources". */
interface Relay {
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
];

interface Speaker {
  name: string;
  verb: ReportingVerb;
  verbIndex: number;
}

/**
 * Every attribution in the text, one per speaker, in reading order: "A local
 * elected official … reported …, while an MSA official claimed …" gives two.
 * Within a clause, parties named with "citing" are the origin, the speaker
 * comes next and parties named with "according to" or "per" relay it. A
 * clause without a speaker gives one attribution per "per"/"according to".
 */
export function findAttributions(text: string): AttributionSuggestion[] {
  const normalized = normalizeForMatching(text);
  const found: AttributionSuggestion[] = [];
  for (const span of clauseSpans(normalized)) {
    const clauseTokens = tokenize(normalized.slice(span.start, span.end));
    const relays = findRelays(clauseTokens);
    const tokens = withoutRelays(clauseTokens, relays);
    const speakers = findSpeakers(tokens);
    const origins = relays.filter((r) => r.kind === "origin").map((r) => r.name);
    const intermediaries = relays.filter((r) => r.kind === "intermediary").map((r) => r.name);

    if (speakers.length === 0) {
      const polarity = NEGATION.test(tokens.join(" ")) ? "denied" : null;
      // Several "per" in one clause are several attributions: "60+ (per IS) 17+ (per ACLED)".
      const chains =
        intermediaries.length > 1
          ? intermediaries.map((name) => [name])
          : [[...origins, ...(intermediaries.length > 0 ? intermediaries : citers(relays))]];
      for (const names of chains) if (names.length > 0) found.push({ chain: toChain(names), polarity, hedging: null });
      continue;
    }
    speakers.forEach((speaker, index) => {
      const statementEnd = speakers[index + 1]?.verbIndex ?? tokens.length;
      const statement = tokens.slice(speaker.verbIndex + 1, statementEnd).join(" ");
      const polarity = speaker.verb.isDenial || NEGATION.test(statement) ? "denied" : "affirmed";
      const names = index === 0 ? [...origins, speaker.name, ...intermediaries] : [speaker.name];
      found.push({ chain: toChain(names), polarity, hedging: speaker.verb.hedging });
    });
  }
  return found;
}

/** The first attribution in the text, or null when it names no one. */
export function parseAttribution(text: string): AttributionSuggestion | null {
  return findAttributions(text)[0] ?? null;
}

function citers(relays: Relay[]): string[] {
  const citer = relays.find((r) => r.citedBy !== null)?.citedBy;
  return citer ? [citer] : [];
}

function toChain(names: string[]): ParsedAttributionLink[] {
  const unique = names.filter((name, i) => names.indexOf(name) === i);
  return unique.map((name, i) => ({ role: i === 0 ? "origin" : "intermediary", partyName: name }));
}

function findRelays(tokens: string[]): Relay[] {
  const relays: Relay[] = [];
  tokens.forEach((_, i) => {
    for (const opener of RELAY_OPENERS) {
      const isOpener = opener.words.every((word, k) => tokens[i + k]?.toLowerCase() === word);
      if (!isOpener) continue;
      const phrase = nounPhraseAfter(tokens, i + opener.words.length);
      const name = partyName(phrase);
      if (name === null) continue;
      const last = i + opener.words.length + phrase.length - 1;
      const citer = opener.kind === "origin" ? nounPhraseBefore(tokens, tokens[i - 1] === "," ? i - 1 : i) : [];
      relays.push({ kind: opener.kind, name, first: i, last, citedBy: partyName(citer) });
    }
  });
  return relays;
}

/**
 * The clause with its relay phrases cut out, with the brackets or commas that
 * set them off: "a senior Ukrainian official, according to Bamako, admitted"
 * becomes "a senior Ukrainian official admitted".
 */
function withoutRelays(tokens: string[], relays: Relay[]): string[] {
  const removed = new Set<number>();
  for (const relay of relays) {
    for (let i = relay.first; i <= relay.last; i++) removed.add(i);
    const before = tokens[relay.first - 1];
    const after = tokens[relay.last + 1];
    if (before === "(" || before === ",") removed.add(relay.first - 1);
    if (after === ")" || (after === "," && before !== "(")) removed.add(relay.last + 1);
  }
  return tokens.filter((_, i) => !removed.has(i));
}

function findSpeakers(tokens: string[]): Speaker[] {
  const speakers: Speaker[] = [];
  tokens.forEach((token, verbIndex) => {
    const verb = REPORTING_VERBS.get(token);
    if (!verb) return;
    // "This claim was disputed by Le Monde": the speaker follows "by".
    const phrase =
      tokens[verbIndex + 1] === "by" ? nounPhraseAfter(tokens, verbIndex + 2) : nounPhraseBefore(tokens, verbIndex);
    const name = partyName(phrase);
    if (name !== null && !speakers.some((s) => s.name === name)) speakers.push({ name, verb, verbIndex });
  });
  return speakers;
}
