import type { BodyOf, ResponseOf } from "@/lib/api/define-route";
import type { getVagueLexiconRoute, replaceVagueLexiconRoute } from "@/lib/api/contract/teams";

type Entry = ResponseOf<typeof getVagueLexiconRoute>["entries"][number];
type SentEntry = NonNullable<BodyOf<typeof replaceVagueLexiconRoute>["entries"]>[number];

export type Reading = Entry["kind"];
export type RowField = "words" | "min" | "max" | "kind";
export type RowErrors = Partial<Record<RowField, string>>;

/** One row of the editor: bounds as typed, so a half-typed figure is never lost or rounded. */
export interface LexiconRow {
  id: number;
  words: string;
  min: string;
  max: string;
  kind: Reading;
}

export function rowsOf(entries: readonly Entry[], firstId: number): LexiconRow[] {
  return entries.map((entry, index) => ({
    id: firstId + index,
    words: entry.words,
    min: entry.min === null ? "" : String(entry.min),
    max: entry.max === null ? "" : String(entry.max),
    kind: entry.kind,
  }));
}

const BOUND_MESSAGE = "Write a whole number, or leave it empty for no figure";

function boundOf(typed: string): number | null | undefined {
  const text = typed.trim();
  if (text === "") return null;
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/**
 * The list to send, or the bounds that are not whole numbers: only the form
 * can tell "12a" from an empty field, so it says so before anything is sent.
 */
export function entriesOf(rows: readonly LexiconRow[]): { entries: SentEntry[] } | { errors: Record<number, RowErrors> } {
  const errors: Record<number, RowErrors> = {};
  const entries: SentEntry[] = [];
  for (const row of rows) {
    const min = boundOf(row.min);
    const max = boundOf(row.max);
    if (min === undefined || max === undefined) {
      errors[row.id] = { ...(min === undefined ? { min: BOUND_MESSAGE } : {}), ...(max === undefined ? { max: BOUND_MESSAGE } : {}) };
      continue;
    }
    entries.push({ words: row.words, min, max, kind: row.kind });
  }
  return Object.keys(errors).length > 0 ? { errors } : { entries };
}

/**
 * A refused save's messages by row and field ("body.entries.3.max"), matched
 * to the rows as they were sent; what names no row is about the whole list.
 */
export function rowProblems(details: unknown, sent: readonly LexiconRow[]): { byRow: Record<number, RowErrors>; list: string[] } {
  const fields = (details as { fields?: { path: string; message: string }[] } | undefined)?.fields ?? [];
  const byRow: Record<number, RowErrors> = {};
  const list: string[] = [];
  for (const { path, message } of fields) {
    const match = /^body\.entries\.(\d+)\.(words|min|max|kind)$/.exec(path);
    const row = match ? sent[Number(match[1])] : undefined;
    if (!match || !row) {
      list.push(message);
      continue;
    }
    const field = match[2] as RowField;
    byRow[row.id] = { ...byRow[row.id], [field]: byRow[row.id]?.[field] ?? message };
  }
  return { byRow, list };
}

export function countProblems(byRow: Record<number, RowErrors>): number {
  return Object.values(byRow).reduce((sum, errors) => sum + Object.keys(errors).length, 0);
}
