import { describe, expect, it } from "vitest";
import type { DateValue, QuantityCategory, QuantityKind, VictimGroup } from "@/lib/claims/value";
import { type AttributionSuggestion, findAttributions } from "@/lib/claims/parse/attribution";
import { findDates } from "@/lib/claims/parse/date";
import type { TextSpan } from "@/lib/claims/parse/normalize";
import { findQuantities, type QuantitySuggestion } from "@/lib/claims/parse/quantity";

type Unplaced<T> = Omit<T, "start" | "end">;
type Figure = Unplaced<QuantitySuggestion>;
type Attribution = Unplaced<AttributionSuggestion>;

/** One sentence of a corpus text, verbatim, with everything a researcher could pick from it. */
export interface CorpusSentence {
  sentence: string;
  figures?: Figure[];
  dates?: DateValue[];
  attributions?: Attribution[];
}

/** What was read, without where: the tables name the words, not their offsets. */
function unplaced<T extends TextSpan>(found: T): Omit<T, "start" | "end"> {
  const { start: _start, end: _end, ...rest } = found;
  return rest;
}

export function figure(
  text: string,
  kind: QuantityKind,
  min: number | null,
  max: number | null,
  context: { category?: QuantityCategory; victimGroup?: VictimGroup } = {},
): Figure {
  const { category, victimGroup } = context;
  const value = { type: "quantity" as const, kind, min, max, ...(category ? { category } : {}), text };
  return victimGroup ? { value, qualifiers: { victimGroup } } : { value };
}

export function day(text: string, start: string, end = start): DateValue {
  return { type: "date", start, end, precision: "day", text };
}

export function month(text: string, start: string, end: string): DateValue {
  return { type: "date", start, end, precision: "month", text };
}

export function year(text: string): DateValue {
  return { type: "date", start: `${text}-01-01`, end: `${text}-12-31`, precision: "year", text };
}

export function said(
  names: string[],
  polarity: AttributionSuggestion["polarity"],
  hedging: AttributionSuggestion["hedging"] = null,
): Attribution {
  return { chain: names.map((partyName, i) => ({ role: i === 0 ? "origin" : "intermediary", partyName })), polarity, hedging };
}

const label = (words: string) => (words.length > 60 ? `${words.slice(0, 57)}…` : words);

/**
 * Checks each expected figure, date and attribution in its sentence, one test
 * per item, then the whole text against the union of the table, so that a
 * figure the table forgot, or a suggestion nobody wants, fails too.
 */
export function checkCorpus(name: string, text: string, publishedAt: string, sentences: CorpusSentence[]): void {
  const options = { publishedAt };
  const figuresIn = (words: string) => findQuantities(words, options).map(unplaced);
  const datesIn = (words: string) => findDates(words, options).map((d) => d.value);
  const attributionsIn = (words: string) => findAttributions(words, options).map(unplaced);
  describe(name, () => {
    it.each(sentences.map((s) => [label(s.sentence), s.sentence]))("quotes %j verbatim", (_, sentence) => {
      expect(text).toContain(sentence);
    });

    const figureRows = sentences.flatMap((s) => (s.figures ?? []).map((f, i) => [f.value.text, label(s.sentence), s.sentence, i, f] as const));
    it.each(figureRows)("reads the figure %j in %j", (_, __, sentence, index, expected) => {
      expect(figuresIn(sentence)[index]).toEqual(expected);
    });

    const dateRows = sentences.flatMap((s) => (s.dates ?? []).map((d, i) => [d.text, label(s.sentence), s.sentence, i, d] as const));
    it.each(dateRows)("reads the date %j in %j", (_, __, sentence, index, expected) => {
      expect(datesIn(sentence)[index]).toEqual(expected);
    });

    const attributionRows = sentences.flatMap((s) =>
      (s.attributions ?? []).map((a, i) => [a.chain.map((l) => l.partyName).join(" → "), label(s.sentence), s.sentence, i, a] as const),
    );
    it.each(attributionRows)("reads the attribution to %j in %j", (_, __, sentence, index, expected) => {
      expect(attributionsIn(sentence)[index]).toEqual(expected);
    });

    it("finds nothing beyond the table in the whole text", () => {
      expect(figuresIn(text)).toEqual(sentences.flatMap((s) => s.figures ?? []));
      expect(datesIn(text)).toEqual(sentences.flatMap((s) => s.dates ?? []));
      expect(attributionsIn(text)).toEqual(sentences.flatMap((s) => s.attributions ?? []));
    });
  });
}
