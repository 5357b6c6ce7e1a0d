import type { QuantityCategory, VictimGroup } from "@/lib/claims/value";

/**
 * Words that say what a figure counts. They are looked for in the figure's
 * clause: "84 Wagner mercenaries and 47 Malian soldiers were killed" gives
 * both figures "killed", while "…, while 30 other troops, either dead or
 * seriously injured, were evacuated" is a clause of its own.
 */
const CATEGORY_WORDS: [QuantityCategory, RegExp][] = [
  ["killed", /\b(?:killed|kill|killing|killings|dead|deaths?|died|die|massacred|slain|executed|fatalities|losing|lost their lives)\b/i],
  ["wounded", /\b(?:wounded|injured|injuries|injuring|hurt)\b/i],
  // "captures" is left out on purpose: "these captures" of villages are not prisoners.
  ["captured", /\b(?:captured|taken prisoner|prisoners|abducted|kidnapped|detained|hostages?)\b/i],
  ["displaced", /\b(?:fled|flee|fleeing|displaced|refugees)\b/i],
  // Casualties and losses are the dead and the wounded together.
  ["killed_or_wounded", /\b(?:casualties|losses)\b/i],
];

/**
 * One category when the clause names one; "killed" and "wounded" together are
 * "killed_or_wounded"; any other mix ("killed, injured or captured") is
 * "other", for the user to narrow.
 */
export function detectCategory(clause: string): QuantityCategory | undefined {
  const found = new Set(CATEGORY_WORDS.filter(([, words]) => words.test(clause)).map(([category]) => category));
  if (found.has("killed") && found.has("wounded")) {
    found.delete("killed");
    found.delete("wounded");
    found.add("killed_or_wounded");
  }
  if (found.size === 0) return undefined;
  const [only] = found;
  return found.size === 1 ? only : "other";
}

const GROUP_WORDS: [VictimGroup, RegExp][] = [
  ["civilians", /\b(?:civilians?|inhabitants|residents|villagers|children|women|workers|migrants)\b/i],
  ["fighters", /\b(?:fighters|militants|militiamen|militia|jihadists|rebels|mercenaries|insurgents|combatants)\b/i],
  // "personnel" is left out: "one armoured personnel carrier" is a vehicle.
  ["soldiers", /\b(?:soldiers|troops|forces|servicemen)\b/i],
];

/** Where the noun phrase after a figure ends: a verb, a preposition other than "of", a punctuation mark. */
const NOUN_PHRASE_END =
  /[,.;:()"]|\b(?:were|was|are|is|be|being|been|had|have|has|to|in|on|at|by|from|with|who|which|that|carrying|including|since|during|fled|killed|died)\b/i;
const NOUN_PHRASE_WORDS = 6;

/**
 * The victim group named right after the figure: "at least 45 inhabitants",
 * "17 ISGS militants", "dozens of Malian and Wagner forces". Two different
 * groups in one phrase give "mixed".
 */
export function detectVictimGroup(wordsAfterFigure: string): VictimGroup | undefined {
  const end = NOUN_PHRASE_END.exec(wordsAfterFigure)?.index ?? wordsAfterFigure.length;
  const phrase = wordsAfterFigure.slice(0, end).trim().split(/\s+/).slice(0, NOUN_PHRASE_WORDS).join(" ");
  const groups = GROUP_WORDS.filter(([, words]) => words.test(phrase)).map(([group]) => group);
  if (groups.length === 0) return undefined;
  return groups.length === 1 ? groups[0] : "mixed";
}
