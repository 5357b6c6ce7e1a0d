import type { DatasetReader } from "./dataset";
import { attributionLabel, type ClaimRecord } from "./records";

/**
 * CSV for spreadsheets, RFC 4180: CRLF line ends, a header row, fields quoted
 * when they hold a comma, a quote or a line break. UTF-8 with a byte order
 * mark, without which spreadsheet programs misread "é" and "–". Cells that a
 * spreadsheet would run as a formula are neutralised. Several evidence spans
 * or conflicts share one cell, separated by " | ", in the same order in every
 * column; the JSON Lines file has the full records.
 */

export const CSV_BOM = "\uFEFF";
export const LIST_SEPARATOR = " | ";

type Cell = string | number | null | undefined;

const columns: [header: string, cell: (claim: ClaimRecord) => Cell][] = [
  ["claim_id", (c) => c.id],
  ["subject_id", (c) => c.subject.id],
  ["subject", (c) => c.subject.name],
  ["property_key", (c) => c.property.key],
  ["property", (c) => c.property.label],
  ["value_type", (c) => c.value.type],
  ["value", (c) => c.valueText],
  ["quantity_kind", (c) => (c.value.type === "quantity" ? c.value.kind : null)],
  ["quantity_min", (c) => (c.value.type === "quantity" ? c.value.min : null)],
  ["quantity_max", (c) => (c.value.type === "quantity" ? c.value.max : null)],
  ["quantity_category", (c) => (c.value.type === "quantity" ? c.value.category : null)],
  ["date_start", (c) => (c.value.type === "date" ? c.value.start : null)],
  ["date_end", (c) => (c.value.type === "date" ? c.value.end : null)],
  ["date_precision", (c) => (c.value.type === "date" ? c.value.precision : null)],
  ["proposition", (c) => (c.value.type === "assertion" ? c.value.proposition : null)],
  ["polarity", (c) => (c.value.type === "assertion" ? c.value.polarity : null)],
  ["value_entity_id", (c) => (c.value.type === "entity" ? c.value.entityId : null)],
  ["value_words", (c) => (c.value.type === "text" ? null : c.value.text)],
  ["qualifier_time", (c) => c.qualifiers.time],
  ["qualifier_place", (c) => c.qualifiers.place],
  ["qualifier_victim_group", (c) => c.qualifiers.victimGroup],
  ["qualifier_side", (c) => c.qualifiers.side],
  ["hedging", (c) => c.hedging],
  ["status", (c) => c.status],
  ["rank", (c) => c.rank],
  ["origin_reliability", (c) => c.originReliability],
  ["credibility", (c) => c.credibility],
  ["derived_from_claim_id", (c) => c.derivedFromId],
  ["attributed_to", (c) => (c.attribution[0] ? attributionLabel(c.attribution[0]) : null)],
  ["attribution_chain", (c) => c.attribution.map((link) => `${link.role}: ${attributionLabel(link)}`).join(" > ")],
  ["evidence_quotes", (c) => list(c.evidence.map((e) => e.exact))],
  ["evidence_sources", (c) => list(c.evidence.map((e) => e.source.title))],
  ["evidence_offsets", (c) => list(c.evidence.map((e) => `${e.start}-${e.end}`))],
  ["evidence_revision_sha256", (c) => list(c.evidence.map((e) => e.revision.sha256))],
  ["conflicts", (c) => list(c.conflicts.map((k) => `${k.kind} (${k.status}, ${k.rank})`))],
  ["conflict_ids", (c) => list(c.conflicts.map((k) => k.id))],
  ["review_decision", (c) => c.review?.decision],
  ["reviewer", (c) => c.review?.reviewer.name],
  ["reviewed_at", (c) => c.review?.decidedAt],
  ["created_by", (c) => c.history.createdBy.name],
  ["created_at", (c) => c.history.createdAt],
  ["updated_at", (c) => c.history.updatedAt],
  ["version", (c) => c.history.version],
  ["note", (c) => c.note],
];

export const CSV_HEADER = columns.map(([header]) => header);

export function csvRow(claim: ClaimRecord): string {
  return csvLine(columns.map(([, cell]) => cell(claim)));
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}

/**
 * One RFC 4180 field. Numbers are written as numbers; text is neutralised,
 * then quoted if needed. A semicolon is quoted too: a spreadsheet set to a
 * locale that separates with semicolons would otherwise split "a;=1+1" and
 * run its second half as a formula.
 */
export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return String(cell);
  const text = neutraliseFormula(cell);
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return before them) as a formula; a leading apostrophe makes it text, as
 * OWASP recommends against CSV injection.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export async function* writeCsv(reader: DatasetReader): AsyncGenerator<string> {
  yield CSV_BOM + csvLine(CSV_HEADER);
  for await (const claim of reader.claims()) yield csvRow(claim);
}

export function list(items: string[]): string {
  return items.join(LIST_SEPARATOR);
}
