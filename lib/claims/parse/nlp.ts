import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { TextSpan } from "@/lib/claims/parse/normalize";

/** One word or mark of the text, as wink-nlp read it. */
export interface Token extends TextSpan {
  text: string;
  /** Lowercase lemma: "said" → "say", "died" → "die". */
  lemma: string;
  /** Universal Dependencies part of speech: NOUN, PROPN, VERB, AUX, PRON, ADP, DET, NUM… */
  pos: string;
  /** The named-entity type the token is part of (DATE, DURATION, CARDINAL, MONEY, PERCENT, TIME…). */
  entity?: string;
}

export interface Analysis {
  tokens: Token[];
  /** Sentences as ranges of token indices, `last` inclusive, with their text offsets. */
  sentences: (TextSpan & { first: number; last: number })[];
}

let nlp: WinkMethods | null = null;

/**
 * The model is read once per process (about 100 ms) and only when a text is
 * first analysed, so that importing the parser costs nothing.
 */
function reader(): WinkMethods {
  nlp ??= winkNLP(model, ["sbd", "pos", "ner", "negation"]);
  return nlp;
}

/**
 * Sentences, tokens, parts of speech, lemmas and entity types of an English
 * text, with each token's UTF-16 offsets into `text`. wink-nlp keeps every
 * token as written ("ca" + "n't"), so offsets are found by walking the text.
 */
export function analyse(text: string): Analysis {
  // Figures, dates and attributions of one selection read the same text one after another.
  if (lastAnalysis?.text === text) return lastAnalysis.analysis;
  const analysis = read(text);
  lastAnalysis = { text, analysis };
  return analysis;
}

let lastAnalysis: { text: string; analysis: Analysis } | null = null;

function read(text: string): Analysis {
  const winkNlp = reader();
  const its = winkNlp.its;
  const doc = winkNlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink-nlp's types declare the lemma helper with the model's add-on signature.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = [];
  const indexOfWink: number[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const start = text.indexOf(value, cursor);
    indexOfWink.push(tokens.length);
    if (start < 0 || !value.trim()) return;
    cursor = start + value.length;
    tokens.push({ text: value, start, end: cursor, lemma: (lemmas[i] ?? value).toLowerCase(), pos: pos[i] ?? "X" });
  });
  const tokenAt = (winkIndex: number) => Math.min(indexOfWink[winkIndex] ?? tokens.length, tokens.length - 1);

  const entitySpans = doc.entities().out(its.span) as unknown as [number, number][];
  const entityTypes = doc.entities().out(its.type) as string[];
  entitySpans.forEach(([first, last], i) => {
    for (let k = tokenAt(first); k <= tokenAt(last); k++) {
      const token = tokens[k];
      if (token) token.entity = entityTypes[i];
    }
  });

  const sentences = (doc.sentences().out(its.span) as unknown as [number, number][]).flatMap(([first, last]) => {
    const a = tokenAt(first);
    const b = tokenAt(last);
    const head = tokens[a];
    const tail = tokens[b];
    return head && tail && a <= b ? [{ start: head.start, end: tail.end, first: a, last: b }] : [];
  });
  return { tokens, sentences };
}
