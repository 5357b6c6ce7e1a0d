import type { DatasetReader } from "./dataset";
import { EXPORT_SCHEMA_VERSION, type ExportLine } from "./records";

/** One record as one line. Records are built with a fixed key order, so equal records give equal bytes. */
export function jsonlLine(record: ExportLine): string {
  return `${JSON.stringify(record)}\n`;
}

/**
 * The JSON Lines file: a header naming the schema version, then the
 * properties, entities and sources the claims refer to (sources with their
 * revision texts), then one claim per line, then one estimate per unit.
 */
export async function* writeJsonl(reader: DatasetReader): AsyncGenerator<string> {
  yield jsonlLine({ kind: "header", schemaVersion: EXPORT_SCHEMA_VERSION });
  for await (const property of reader.properties()) yield jsonlLine(property);
  for await (const entity of reader.entities()) yield jsonlLine(entity);
  for await (const source of reader.sources()) yield jsonlLine(source);
  for await (const claim of reader.claims()) yield jsonlLine(claim);
  for await (const estimate of reader.estimates()) yield jsonlLine(estimate);
}
