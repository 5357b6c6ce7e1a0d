import { datePrecisionSchema, hedgingSchema, qualifiersSchema, quantityCategorySchema, quantityKindSchema } from "@/lib/claims/value";
import { ClaimRank, ClaimStatus, ReviewDecisionKind, ValueType } from "@/lib/db/generated/enums";
import { estimateRuleKindSchema, reliabilityGradeSchema } from "@/lib/estimates/rule";

/**
 * Table Schema fields (Data Package 2.0) of the CSV files: one type per
 * column whatever the selection holds, so that a reader that is given the
 * schema (or the DuckDB and pandas snippets of the README) never guesses a
 * type from the rows, which changes with the selection: an all-empty column
 * sniffs as text.
 */
export type FieldType = "string" | "number" | "integer" | "boolean" | "date" | "datetime";

export interface TableField {
  name: string;
  type: FieldType;
  description: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: readonly string[];
    minimum?: number;
    maximum?: number;
    pattern?: string;
  };
}

/** A field without its name: the column lists name their fields. */
export type FieldSpec = Omit<TableField, "name">;

/** Cells that hold several values joined by " | " (csv.ts LIST_SEPARATOR). */
const listed = (what: string) => `${what}, several joined by " | " in the same order as the other evidence and conflict columns`;
const SHA256_LIST = "^[0-9a-f]{64}( \\| [0-9a-f]{64})*$";
const OFFSET_LIST = "^[0-9]+-[0-9]+( \\| [0-9]+-[0-9]+)*$";

export const text = (description: string, required = false): FieldSpec => ({ type: "string", description, ...(required ? { constraints: { required } } : {}) });
export const oneOf = (values: readonly string[], description: string, required = false): FieldSpec => ({
  type: "string",
  description,
  constraints: { ...(required ? { required } : {}), enum: values },
});
export const id = (description: string, isKey = false): FieldSpec => ({
  type: "string",
  description,
  ...(isKey ? { constraints: { required: true, unique: true } } : {}),
});

const victimGroups = qualifiersSchema.shape.victimGroup.unwrap().options;

const qualifierFields = {
  qualifier_time: text("Qualifier: when"),
  qualifier_place: text("Qualifier: where"),
  qualifier_victim_group: oneOf(victimGroups, "Qualifier: who was counted"),
  qualifier_side: text("Qualifier: which side"),
};

/** claims.csv, keyed by the header of csv.ts. */
export const claimFields: Record<string, FieldSpec> = {
  claim_id: id("The claim's identifier", true),
  subject_id: { ...id("The entity the claim is about (entities.csv)"), constraints: { required: true } },
  subject: text("The subject's name", true),
  property_key: text("What the claim says of the subject (properties.csv)", true),
  property: text("The property's label", true),
  value_type: oneOf(Object.values(ValueType), "The kind of value; it decides which value columns are filled", true),
  value: text("The value in words, as the app shows it"),
  quantity_kind: oneOf(quantityKindSchema.options, "How the figure was stated (quantity values)"),
  quantity_min: { type: "number", description: "Lower bound of the interval; empty: unknown", constraints: { minimum: 0 } },
  quantity_max: { type: "number", description: "Upper bound of the interval; empty: open (at least) or unknown", constraints: { minimum: 0 } },
  quantity_category: oneOf(quantityCategorySchema.options, "What was counted"),
  date_start: { type: "date", description: "First day of the date range (date values)" },
  date_end: { type: "date", description: "Last day of the date range" },
  date_precision: oneOf(datePrecisionSchema.options, "How precise the date was stated"),
  proposition: text("What is asserted (assertion values)"),
  polarity: oneOf(["affirmed", "denied"], "Whether the proposition is affirmed or denied"),
  value_entity_id: id("The entity that is the value (entity values; entities.csv)"),
  value_words: text("The words of the source the value was read from"),
  ...qualifierFields,
  hedging: oneOf(hedgingSchema.options, "How the source hedges the claim"),
  status: oneOf(Object.values(ClaimStatus), "Review status", true),
  rank: oneOf(Object.values(ClaimRank), "Rank from the resolutions of the claim's conflicts", true),
  origin_reliability: oneOf(reliabilityGradeSchema.options, "Admiralty reliability grade of the chain's origin, when the project grades sources"),
  credibility: { type: "integer", description: "Admiralty credibility grade of the claim, 1 (confirmed) to 6 (cannot be judged)", constraints: { minimum: 1, maximum: 6 } },
  derived_from_claim_id: id("The claim this one repeats, which makes it no independent source"),
  attributed_to: text("The origin of the attribution chain: who says so"),
  attribution_chain: text('The chain, origin first: "role: party" joined by " > "'),
  evidence_quotes: text(listed("The quoted words of each evidence span"), true),
  evidence_sources: text(listed("The title of each span's source")),
  evidence_offsets: { type: "string", description: listed("Code point offsets start-end of each span"), constraints: { pattern: OFFSET_LIST } },
  evidence_revision_sha256: {
    type: "string",
    description: listed("sha256 of the revision text each span lies on"),
    constraints: { required: true, pattern: SHA256_LIST },
  },
  conflicts: text(listed('Each conflict as "kind (status, this claim\'s rank)"')),
  conflict_ids: text(listed("Each conflict's identifier")),
  review_decision: oneOf(Object.values(ReviewDecisionKind), "The latest review decision"),
  reviewer: text("Who made it"),
  reviewed_at: { type: "datetime", description: "When (UTC)" },
  created_by: text("Who recorded the claim", true),
  created_at: { type: "datetime", description: "When it was recorded (UTC)", constraints: { required: true } },
  updated_at: { type: "datetime", description: "When it last changed (UTC)", constraints: { required: true } },
  version: { type: "integer", description: "The claim's version, 1 when recorded, one more per edit", constraints: { required: true, minimum: 1 } },
  note: text("The researcher's note"),
};

const count = (description: string): FieldSpec => ({ type: "number", description, constraints: { minimum: 0 } });

/** estimates.csv, keyed by the header of estimates-csv.ts. */
export const estimateFields: Record<string, FieldSpec> = {
  subject_id: { ...id("The entity the estimate is about (entities.csv)"), constraints: { required: true } },
  subject: text("The subject's name", true),
  property_key: text("The property estimated (properties.csv)", true),
  ...qualifierFields,
  rule: oneOf(estimateRuleKindSchema.options, "The rule the estimate follows", true),
  best: count("Best estimate"),
  low: count("Low estimate"),
  high: count("High estimate"),
  number_of_sources: { type: "integer", description: "Independent sources (one per origin) the estimate rests on", constraints: { required: true, minimum: 0 } },
  source_original: text('The origins, joined by " | "'),
  claims_used: text('Claims the estimate uses, joined by " | "'),
  claims_left_out: text('Claims of the unit it leaves out, joined by " | " (claims.jsonl says why)'),
  date_start: { type: "date", description: "When the event began" },
  date_end: { type: "date", description: "When it ended" },
  date_precision: oneOf(datePrecisionSchema.options, "How precise its dates are"),
  place: text("Where it happened"),
  place_precision: oneOf(["exact", "near", "region", "country"], "How precise the place is"),
  explanation: text("How the estimate was reached"),
};

/** The fields of a CSV file, in the order of its header; a column without a description is a bug, caught here. */
export function fieldsFor(header: readonly string[], specs: Record<string, FieldSpec>): TableField[] {
  const extra = Object.keys(specs).filter((name) => !header.includes(name));
  const missing = header.filter((name) => !specs[name]);
  if (missing.length || extra.length) throw new Error(`Table Schema and CSV header disagree: missing ${missing.join(", ") || "none"}, extra ${extra.join(", ") || "none"}`);
  return header.map((name) => ({ name, ...(specs[name] as FieldSpec) }));
}
