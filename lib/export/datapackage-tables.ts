import { EntityKind, ValueType } from "@/lib/db/generated/enums";
import { CSV_BOM, csvLine, list } from "./csv";
import type { DatasetReader } from "./dataset";
import { id, oneOf, text, type FieldSpec, type TableField } from "./datapackage-fields";
import type { ClaimRecord, EntityRecord, EvidenceRecord, PropertyRecord, SourceRecord } from "./records";

/**
 * The small tables beside claims.csv that its identifiers point into, so that
 * a spreadsheet, pandas or DuckDB user can join names, kinds and source
 * metadata without parsing claims.jsonl; and evidence.csv, one row per
 * evidence span, instead of the " | " lists of claims.csv. Each table is
 * written and described from the same columns, in the reader's order.
 */

type Cell = string | number | boolean | null | undefined;

interface Column<R> extends FieldSpec {
  name: string;
  cell(record: R): Cell;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface CsvTable<R> {
  /** The resource name in datapackage.json. */
  name: string;
  path: string;
  title: string;
  description: string;
  columns: Column<R>[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  rows(reader: DatasetReader): AsyncIterable<R>;
}

export const reference = (field: string, resource: string, target: string): ForeignKey => ({ fields: [field], reference: { resource, fields: [target] } });

export const entitiesTable: CsvTable<EntityRecord> = {
  name: "entities",
  path: "entities.csv",
  title: "Entities",
  description: "Every entity a claim names as subject, value or in its attribution chain.",
  columns: [
    { name: "entity_id", ...id("The entity's identifier", true), cell: (e) => e.id },
    { name: "name", ...text("Its name", true), cell: (e) => e.name },
    { name: "entity_kind", ...oneOf(Object.values(EntityKind), "What kind of entity it is", true), cell: (e) => e.entityKind },
    { name: "aliases", ...text('Other names, joined by " | "'), cell: (e) => list(e.aliases) },
    { name: "wikidata_qid", type: "string", description: "Its Wikidata item", constraints: { pattern: "^Q[1-9][0-9]*$" }, cell: (e) => e.wikidataQid },
    { name: "description", ...text("A description"), cell: (e) => e.description },
  ],
  primaryKey: ["entity_id"],
  foreignKeys: [],
  rows: (reader) => reader.entities(),
};

export const propertiesTable: CsvTable<PropertyRecord> = {
  name: "properties",
  path: "properties.csv",
  title: "Properties",
  description: "The vocabulary the claims use: what a claim can say of its subject.",
  columns: [
    { name: "property_key", ...id("The property's key", true), cell: (p) => p.key },
    { name: "label", ...text("Its label", true), cell: (p) => p.label },
    { name: "value_type", ...oneOf(Object.values(ValueType), "The type of its values", true), cell: (p) => p.valueType },
    { name: "is_single_valued", type: "boolean", description: "Whether a subject has one true value of it (two different entities contradict)", constraints: { required: true }, cell: (p) => p.isSingleValued },
    { name: "description", ...text("What it means"), cell: (p) => p.description },
  ],
  primaryKey: ["property_key"],
  foreignKeys: [],
  rows: (reader) => reader.properties(),
};

export const sourcesTable: CsvTable<SourceRecord> = {
  name: "sources",
  path: "sources.csv",
  title: "Sources",
  description: "The sources the evidence lies in or the attribution chains cite; their texts are in claims.jsonl.",
  columns: [
    { name: "source_id", ...id("The source's identifier", true), cell: (s) => s.id },
    { name: "title", ...text("Its title", true), cell: (s) => s.title },
    { name: "outlet", ...text("Where it was published"), cell: (s) => s.outlet },
    { name: "author", ...text("Who wrote it"), cell: (s) => s.author },
    { name: "url", ...text("Where it was read"), cell: (s) => s.url },
    { name: "published_at", type: "date", description: "When it was published", cell: (s) => s.publishedAt },
    { name: "retrieved_at", type: "date", description: "When it was retrieved", cell: (s) => s.retrievedAt },
    { name: "language", ...text("Its language (BCP 47)"), cell: (s) => s.language },
    { name: "revisions", ...text('The revision numbers exported, joined by " | "', true), cell: (s) => list(s.revisions.map((r) => String(r.number))) },
  ],
  primaryKey: ["source_id"],
  foreignKeys: [],
  rows: (reader) => reader.sources(),
};

type EvidenceRow = EvidenceRecord & { claimId: string };

const offset = (description: string): FieldSpec => ({ type: "integer", description, constraints: { required: true, minimum: 0 } });

export const evidenceTable: CsvTable<EvidenceRow> = {
  name: "evidence",
  path: "evidence.csv",
  title: "Evidence",
  description: "One row per evidence span of each claim: the quote and where it lies, in code points of the revision text.",
  columns: [
    { name: "claim_id", ...text("The claim (claims.csv)", true), cell: (e) => e.claimId },
    { name: "annotation_id", ...text("The highlight the span is", true), cell: (e) => e.annotationId },
    { name: "source_id", ...text("Its source (sources.csv)", true), cell: (e) => e.source.id },
    { name: "revision_number", type: "integer", description: "The revision of the source", constraints: { required: true, minimum: 1 }, cell: (e) => e.revision.number },
    { name: "revision_sha256", type: "string", description: "sha256 of that revision's text", constraints: { required: true, pattern: "^[0-9a-f]{64}$" }, cell: (e) => e.revision.sha256 },
    { name: "start", ...offset("First code point of the span"), cell: (e) => e.start },
    { name: "end", ...offset("Code point after the span"), cell: (e) => e.end },
    { name: "exact", ...text("The quoted words", true), cell: (e) => e.exact },
    { name: "prefix", ...text("The words before them"), cell: (e) => e.prefix },
    { name: "suffix", ...text("The words after them"), cell: (e) => e.suffix },
  ],
  primaryKey: ["claim_id", "annotation_id"],
  foreignKeys: [reference("claim_id", "claims", "claim_id"), reference("source_id", "sources", "source_id")],
  rows: (reader) => evidenceRows(reader.claims()),
};

async function* evidenceRows(claims: AsyncIterable<ClaimRecord>): AsyncGenerator<EvidenceRow> {
  for await (const claim of claims) for (const evidence of claim.evidence) yield { ...evidence, claimId: claim.id };
}

/** A CSV file of the zip as datapackage.json and the codebook describe it. */
export interface DescribedTable {
  name: string;
  path: string;
  title: string;
  description: string;
  fields: TableField[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

export interface PackageTable extends DescribedTable {
  write(reader: DatasetReader): AsyncIterable<string>;
}

function packaged<R>(table: CsvTable<R>): PackageTable {
  const { name, path, title, description, primaryKey, foreignKeys } = table;
  return { name, path, title, description, primaryKey, foreignKeys, fields: tableFields(table), write: (reader) => writeTable(table, reader) };
}

/** Every table beside claims.csv, in the order the zip holds them. */
export const PACKAGE_TABLES: readonly PackageTable[] = [packaged(entitiesTable), packaged(propertiesTable), packaged(sourcesTable), packaged(evidenceTable)];

function tableFields<R>(table: CsvTable<R>): TableField[] {
  return table.columns.map(({ cell: _cell, ...field }) => field);
}

async function* writeTable<R>(table: CsvTable<R>, reader: DatasetReader): AsyncGenerator<string> {
  yield CSV_BOM + csvLine(table.columns.map((column) => column.name));
  for await (const row of table.rows(reader)) yield csvLine(table.columns.map((column) => toCell(column.cell(row))));
}

/** Table Schema's default true and false values, which DuckDB and pandas read as booleans too. */
function toCell(cell: Cell): string | number | null | undefined {
  return typeof cell === "boolean" ? String(cell) : cell;
}
