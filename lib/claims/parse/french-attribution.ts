import type { AttributionSuggestion } from "@/lib/claims/parse/attribution";
import { clauseSpans } from "@/lib/claims/parse/clauses";
import { FRENCH_REPORTING_VERBS } from "@/lib/claims/parse/reporting-verbs";

/**
 * Attributions in French text. wink-nlp's model is English, so French is
 * read from its word order alone: "selon X", "X a déclaré", "…, a déclaré X"
 * (inversion), "interrogées par l'AFP" and "à la télévision d'État RTB" as
 * relays. Articles are dropped as "the" is in English; "un"/"une" stay, as
 * "a"/"an" do, to mark a party nobody named.
 */
const WORD = "[\\p{L}'’-]+";
const PARTICIPLES = [...FRENCH_REPORTING_VERBS.keys()].join("|");
const AUXILIARY = "(?:a|ont|avait|avaient|aurait|auraient)";
/** "X a déclaré", "Des sources … ont elles parlé": up to three words between the auxiliary and the participle. */
const SPEAKER_BEFORE = new RegExp(`(?:^|[,;:]\\s*)((?:${WORD}\\s+){0,8}?${WORD})\\s+${AUXILIARY}\\s+(?:${WORD}\\s+){0,3}?(${PARTICIPLES})(?![\\p{L}])`, "iu");
/** ", a déclaré le ministre de l'Information Rémis Fulgance Dandjinou à la télévision d'État RTB." */
const SPEAKER_AFTER = new RegExp(`[,"”»]\\s*${AUXILIARY}\\s+(${PARTICIPLES})\\s+([^,.;]+)`, "iu");
const SELON = /\b(?:selon|d'après)\s+([^,.;]+)(?:,\s*([^,.;]+),)?/iu;
const RELAYED_BY = /\b(?:interrogée?s?|citée?s?|contactée?s?|jointe?s?)\s+par\s+([^,.;]+)/iu;
const MEDIUM = /\s+(?:à|sur)\s+(?:la|le|l'|les)\s+(?:[\p{L}'’-]+\s+){0,4}?(\p{Lu}[\p{L}\p{N}]+)\s*$/u;
const PRONOUNS = /^(?:il|elle|ils|elles|on|nous|je|celui-ci|celle-ci|ceux-ci)$/i;
/** "n'ont pas eu lieu" negates the predicate; "il n'y avait pas de victime" counts zero victims and affirms it. */
const NEGATED = /(?:^|\s)(?:ne|n')\s*(?:\S+\s+){0,3}?(?:pas|jamais|plus)(?![\p{L}])(?!\s+(?:de|d'))/iu;

export function findFrenchAttributions(text: string): AttributionSuggestion[] {
  const found: AttributionSuggestion[] = [];
  for (const span of clauseSpans(text)) {
    const clause = text.slice(span.start, span.end);
    const names: string[] = [];
    let verb: string | undefined;
    let at = span.start;

    const before = SPEAKER_BEFORE.exec(clause);
    const after = SPEAKER_AFTER.exec(clause);
    const selon = SELON.exec(clause);
    if (before?.[1] && partyName(before[1])) {
      names.push(partyName(before[1]) as string);
      verb = before[2];
      at = span.start + before.index;
    } else if (after?.[2]) {
      const medium = MEDIUM.exec(after[2]);
      const speaker = medium ? after[2].slice(0, medium.index) : after[2];
      const name = partyName(speaker);
      if (name) names.push(name);
      if (medium?.[1]) names.push(medium[1]);
      verb = after[1];
      at = span.start + after.index;
    }
    if (selon?.[1]) {
      const relayed = RELAYED_BY.exec(selon[1]);
      const head = relayed ? selon[1].slice(0, relayed.index) : selon[1];
      // "selon le directeur …, le médecin colonel Amado Kafando,": the named person speaks.
      const named = selon[2] ? properNameAtEnd(selon[2]) : null;
      const name = named ?? partyName(head);
      if (name) names.push(name);
      if (relayed?.[1]) {
        const relay = partyName(relayed[1]);
        if (relay) names.push(relay);
      }
      if (names.length > 0 && at === span.start) at = span.start + selon.index;
    }
    if (names.length === 0) continue;
    const reporting = verb ? FRENCH_REPORTING_VERBS.get(verb.toLowerCase()) : undefined;
    const statement = verb ? clause.slice(clause.toLowerCase().indexOf(verb.toLowerCase()) + verb.length) : clause;
    const polarity = reporting?.isDenial || (verb && NEGATED.test(statement.split(/\bqu'|\bque\b/)[1] ?? "")) ? "denied" : verb ? "affirmed" : null;
    found.push({
      start: at,
      end: span.end,
      chain: names.map((partyName, i) => ({ role: i === 0 ? "origin" : "intermediary", partyName })),
      polarity,
      hedging: reporting?.hedging ?? null,
    });
  }
  return found;
}

/** A party's name: articles and "Des" dropped, pronouns refused, a title before a proper name dropped. */
function partyName(words: string): string | null {
  const trimmed = words.trim().replace(/^(?:(?:les|le|la|des|du|de)\s+|l['’])/i, "").replace(/\s+/g, " ");
  const last = trimmed.split(" ").at(-1) ?? "";
  // "Deux d'entre elles": a pronoun, or a phrase ending in one, names no one.
  if (!trimmed || PRONOUNS.test(last) || /^(?:eux|celles|ceux)$/i.test(last) || /^(?:ce|cette|ces)\s/i.test(trimmed)) return null;
  return properNameAtEnd(trimmed) ?? trimmed;
}

/** "le ministre de l'Information Rémis Fulgance Dandjinou" → "Rémis Fulgance Dandjinou": two or more capitalised words that end the phrase after lowercase ones. */
function properNameAtEnd(words: string): string | null {
  const parts = words.trim().split(/\s+/);
  let start = parts.length;
  while (start > 0 && /^\p{Lu}\p{Ll}/u.test(parts[start - 1] ?? "")) start--;
  const hasDescription = parts.slice(0, start).some((w) => /^\p{Ll}/u.test(w));
  return parts.length - start >= 2 && hasDescription ? parts.slice(start).join(" ") : null;
}
