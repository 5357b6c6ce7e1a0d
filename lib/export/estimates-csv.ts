import { CSV_BOM, csvLine, list } from "./csv";
import type { DatasetReader } from "./dataset";
import type { EstimateRecord } from "./records";

/**
 * estimates.csv: one row per (subject, property, qualifiers), with the
 * columns of UCDP's event data where they apply (best, low, high,
 * number_of_sources, source_original, date and place precision), the rule,
 * and the claims used and left out (the JSON Lines file says why).
 */

type Cell = string | number | null | undefined;

const columns: [header: string, cell: (estimate: EstimateRecord) => Cell][] = [
  ["subject_id", (e) => e.subject.id],
  ["subject", (e) => e.subject.name],
  ["property_key", (e) => e.property.key],
  ["qualifier_time", (e) => e.qualifiers.time],
  ["qualifier_place", (e) => e.qualifiers.place],
  ["qualifier_victim_group", (e) => e.qualifiers.victimGroup],
  ["qualifier_side", (e) => e.qualifiers.side],
  ["rule", (e) => e.rule],
  ["best", (e) => e.best],
  ["low", (e) => e.low],
  ["high", (e) => e.high],
  ["number_of_sources", (e) => e.independentSources],
  ["source_original", (e) => list(e.sourceOriginal)],
  ["claims_used", (e) => list(e.claims.filter((c) => c.isUsed).map((c) => c.id))],
  ["claims_left_out", (e) => list(e.claims.filter((c) => !c.isUsed).map((c) => c.id))],
  ["date_start", (e) => e.event?.start],
  ["date_end", (e) => e.event?.end],
  ["date_precision", (e) => e.event?.datePrecision],
  ["place", (e) => e.event?.place],
  ["place_precision", (e) => e.event?.placePrecision],
  ["explanation", (e) => e.explanation],
];

export const ESTIMATES_CSV_HEADER = columns.map(([header]) => header);

export async function* writeEstimatesCsv(reader: DatasetReader): AsyncGenerator<string> {
  yield CSV_BOM + csvLine(ESTIMATES_CSV_HEADER);
  for await (const estimate of reader.estimates()) yield csvLine(columns.map(([, cell]) => cell(estimate)));
}
