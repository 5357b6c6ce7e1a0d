import { datePrecisionSchema, hedgingSchema, quantityCategorySchema, quantityKindSchema } from "@/lib/claims/value";
import { ClaimRank, ClaimStatus, ConflictKind, ConflictStatus, ValueType } from "@/lib/db/generated/enums";
import { datasetLicence } from "@/lib/projects/dataset-licences";
import { CITATION_FILE_PATH, LICENSE_FILE_PATH } from "./citation";
import { duckdbSnippet, pandasSnippet } from "./codebook-loading";
import { CONTEXT_FILE_PATH, dataFiles, type DatasetDescription, type DatasetReader } from "./dataset";
import { DATAPACKAGE_FILE_PATH, DESCRIBED_TABLES } from "./datapackage";
import type { TableField } from "./datapackage-fields";

/**
 * README.md of an export: the codebook, written from the project's
 * vocabulary and settings and from the same Table Schemas as
 * datapackage.json, so that it cannot describe columns the files lack.
 */

export const CODEBOOK_FILE_PATH = "README.md";

const cell = (value: string) => value.replaceAll("|", "\\|").replaceAll("\n", " ");
const row = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
const table = (header: string[], rows: string[][]) => [row(header), row(header.map(() => "---")), ...rows.map(row)].join("\n");

const statusMeaning: Record<ClaimStatus, string> = {
  draft: "recorded, not yet submitted",
  submitted: "waiting for review",
  approved: "approved under the review rules below",
  rejected: "rejected by a reviewer (with a reason)",
  changes_requested: "sent back to its author (with a reason)",
};
const rankMeaning: Record<ClaimRank, string> = {
  preferred: "a resolution in force judged it the better account, and none deprecated it",
  normal: "no resolution in force ranked it",
  deprecated: "a resolution in force judged it the weaker account (this outweighs any preference)",
};
const conflictMeaning: Record<ConflictKind, string> = {
  contradiction: "both claims cannot hold: disjoint figures or dates, opposite polarity, two entities for a single-valued property",
  divergence: "both can hold, but the larger estimate is at least (1 + threshold) times the smaller",
  manual: "flagged by a person",
};
const conflictStatusMeaning: Record<ConflictStatus, string> = {
  open: "not decided",
  resolved: "decided, with a reason and the members' ranks",
  dismissed: "judged no conflict",
};
const valueTypeMeaning: Record<ValueType, string> = {
  quantity: "an interval quantity_min–quantity_max (empty bound: unknown or open) with its kind and category",
  date: "a day range date_start–date_end with its precision",
  assertion: "a proposition, affirmed or denied",
  entity: "another entity (value_entity_id)",
  text: "words only a person can compare",
};

export async function codebookText(dataset: DatasetDescription, reader: DatasetReader): Promise<string> {
  const { metadata } = dataset;
  const properties = [];
  for await (const property of reader.properties()) properties.push(property);
  const licence = metadata.licence ? datasetLicence(metadata.licence) : null;
  const authors = metadata.authors.map((a) => ("name" in a ? a.name : [a.givenNames, a.familyNames].filter(Boolean).join(" ")));
  const contact = metadata.contact ? [metadata.contact.name, metadata.contact.email && `<${metadata.contact.email}>`].filter(Boolean).join(" ") : null;
  const lexicon = [...metadata.vagueQuantities].sort((a, b) => a.words.localeCompare(b.words));
  const threshold = `${Math.round(metadata.divergenceThreshold * 10000) / 100}%`;
  const bound = (value: number | null) => (value === null ? "—" : String(value));

  return [
    `# ${dataset.name}`,
    "",
    ...(metadata.description ? [metadata.description, ""] : []),
    "Claims with provenance exported by Provenance Editor: who asserts what, about whom, with which value, in which source and span, reported by whom.",
    "The dataset version, export time and file hashes are in `manifest.json`; this file, like the data, depends only on the data, the filters and the project's settings.",
    "",
    "## Citation, licence, contact",
    "",
    `- Authors: ${authors.length ? authors.join("; ") : "not named by the project yet"}`,
    `- Cite as: see \`${CITATION_FILE_PATH}\`${metadata.doi ? ` (DOI ${metadata.doi})` : ""}`,
    `- Licence: ${licence ? `${licence.name} (\`${licence.id}\`, ${licence.url})` : "none chosen yet: all rights reserved"}; see \`${LICENSE_FILE_PATH}\`. Quoted source texts keep their publishers' terms.`,
    `- Contact: ${contact ?? "none named"}`,
    "",
    "## Files",
    "",
    table(
      ["path", "what"],
      [
        ...DESCRIBED_TABLES.map((t) => [`\`${t.path}\``, t.description]),
        [`\`${dataFiles.jsonl.path}\``, dataFiles.jsonl.description],
        [`\`${dataFiles.webannotation.path}\``, dataFiles.webannotation.description],
        [`\`${dataFiles.prov.path}\``, dataFiles.prov.description],
        [`\`${CONTEXT_FILE_PATH}\``, "the JSON-LD context of our terms"],
        [`\`${DATAPACKAGE_FILE_PATH}\``, "Frictionless Data Package 2.0: every CSV's Table Schema (types, constraints, keys)"],
        [`\`${CITATION_FILE_PATH}\`, \`${LICENSE_FILE_PATH}\`, \`manifest.json\``, "citation, licence, version and hashes"],
      ],
    ),
    "",
    "CSV files: RFC 4180, UTF-8 with a byte order mark, CRLF, a header row; an empty cell is a missing value. A text cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) has a leading apostrophe.",
    "",
    "## Vocabulary: properties",
    "",
    properties.length
      ? table(
          ["key", "label", "value type", "cardinality", "description"],
          properties.map((p) => [p.key, p.label, p.valueType, p.isSingleValued ? "one value" : "several values", p.description]),
        )
      : "No claim of this selection uses a property.",
    "",
    "## Value types",
    "",
    table(["type", "meaning"], Object.values(ValueType).map((type) => [type, valueTypeMeaning[type]])),
    "",
    `Quantity kinds: ${quantityKindSchema.options.join(", ")}. Categories: ${quantityCategorySchema.options.join(", ")}. Date precisions: ${datePrecisionSchema.options.join(", ")}. Hedging: ${hedgingSchema.options.join(", ")}.`,
    "",
    "## Vague quantities",
    "",
    "How this project reads vague amounts when it suggests a value (kind `vague` unless noted; an empty bound means no interval, never compared automatically):",
    "",
    table(["words", "min", "max", "kind"], lexicon.map((v) => [v.words, bound(v.min), bound(v.max), v.kind ?? "vague"])),
    "",
    "## Review",
    "",
    table(["status", "meaning"], Object.values(ClaimStatus).map((status) => [status, statusMeaning[status]])),
    "",
    `Four eyes: nobody approves a claim they created or edited last. This project needs ${metadata.requiredApprovals === 1 ? "one approval" : `${metadata.requiredApprovals} approvals by different reviewers`} of the same content before a claim is approved. Editing an approved claim sends it back to review.`,
    "",
    "## Conflicts and ranks",
    "",
    `Claims about the same subject, property and qualifiers are compared; the divergence threshold of this project is ${threshold}.`,
    "",
    table(["conflict kind", "meaning"], Object.values(ConflictKind).map((kind) => [kind, conflictMeaning[kind]])),
    "",
    table(["conflict status", "meaning"], Object.values(ConflictStatus).map((status) => [status, conflictStatusMeaning[status]])),
    "",
    table(["rank", "meaning"], Object.values(ClaimRank).map((rank) => [rank, rankMeaning[rank]])),
    "",
    "## Columns",
    "",
    ...DESCRIBED_TABLES.flatMap((t) => [`### \`${t.path}\``, "", t.description, "", table(["column", "type", "constraints", "description"], t.fields.map(fieldRow)), ""]),
    "## Loading with stable types",
    "",
    "DuckDB and pandas guess a column's type from its rows, so an empty column (such as `quantity_max` in a selection of open figures) comes out as text. Give them the types of `datapackage.json`:",
    "",
    "```sql",
    ...DESCRIBED_TABLES.flatMap((t) => [duckdbSnippet(t), ""]),
    "```",
    "",
    "```python",
    "import pandas as pd",
    "",
    ...DESCRIBED_TABLES.flatMap((t) => [pandasSnippet(t), ""]),
    "```",
    "",
  ].join("\n");
}

function fieldRow(field: TableField): string[] {
  const c = field.constraints ?? {};
  const constraints = [
    c.required ? "required" : "",
    c.unique ? "unique" : "",
    c.enum ? `one of ${c.enum.join(", ")}` : "",
    c.minimum !== undefined ? `≥ ${c.minimum}` : "",
    c.maximum !== undefined ? `≤ ${c.maximum}` : "",
    c.pattern ? `matches \`${c.pattern}\`` : "",
  ].filter(Boolean);
  return [`\`${field.name}\``, field.type, constraints.join("; "), field.description];
}
