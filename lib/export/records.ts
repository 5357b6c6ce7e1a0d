import { z } from "zod";
import { claimValueSchema, hedgingSchema, qualifiersSchema } from "@/lib/claims/value";
import { credibilityGradeSchema, estimateRuleKindSchema, reliabilityGradeSchema } from "@/lib/estimates/rule";
import {
  AttributionRole,
  ClaimRank,
  ClaimStatus,
  ConflictKind,
  ConflictStatus,
  EntityKind,
  ReviewDecisionKind,
  SourceFormat,
  ValueType,
} from "@/lib/db/generated/enums";

/**
 * The records of a dataset export, version `provenance-export/1`. The JSON
 * Lines file is exactly these records, one per line, each tagged with `kind`:
 * one `header`, then the `property`, `entity` and `source` records the claims
 * refer to, then one `claim` per line, then one `estimate` per unit. Every other format is derived from the
 * same records, and the import reads them back with these schemas.
 */
export const EXPORT_SCHEMA_VERSION = "provenance-export/1";

const id = z.string().min(1).max(64);
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "A sha256 is 64 lowercase hex digits");
const offset = z.number().int().nonnegative();

/** A reference to a project entity or a user, with the name a reader needs. */
export const namedRefSchema = z.object({ id, name: z.string() });
export type NamedRef = z.infer<typeof namedRefSchema>;

export const headerRecordSchema = z.object({
  kind: z.literal("header"),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
});
export type HeaderRecord = z.infer<typeof headerRecordSchema>;

export const propertyRecordSchema = z.object({
  kind: z.literal("property"),
  key: z.string().min(1).max(100),
  label: z.string().min(1).max(200),
  valueType: z.enum(ValueType),
  isSingleValued: z.boolean(),
  description: z.string(),
});
export type PropertyRecord = z.infer<typeof propertyRecordSchema>;

export const entityRecordSchema = z.object({
  kind: z.literal("entity"),
  id,
  name: z.string().min(1).max(300),
  entityKind: z.enum(EntityKind),
  aliases: z.array(z.string()),
  wikidataQid: z.string().nullable(),
  description: z.string(),
});
export type EntityRecord = z.infer<typeof entityRecordSchema>;

export const revisionRecordSchema = z.object({
  number: z.number().int().min(1),
  sha256,
  format: z.enum(SourceFormat),
  codePoints: offset,
  /** The revision text itself, so that every quote and offset can be checked and the dataset re-imported. */
  text: z.string(),
});
export type RevisionRecord = z.infer<typeof revisionRecordSchema>;

export const sourceRecordSchema = z.object({
  kind: z.literal("source"),
  id,
  title: z.string().min(1).max(500),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: isoDate.nullable(),
  retrievedAt: isoDate.nullable(),
  language: z.string().nullable(),
  /** The revisions the exported evidence lies on (the latest one for a source cited only in attribution chains). */
  revisions: z.array(revisionRecordSchema).min(1),
});
export type SourceRecord = z.infer<typeof sourceRecordSchema>;

export const evidenceRecordSchema = z.object({
  annotationId: id,
  source: z.object({ id, title: z.string() }),
  revision: z.object({ number: z.number().int().min(1), sha256 }),
  /** Code point offsets in the revision text (W3C TextPositionSelector). */
  start: offset,
  end: offset,
  /** W3C TextQuoteSelector. */
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type EvidenceRecord = z.infer<typeof evidenceRecordSchema>;

/** A revision that evidence lies on, as a W3C annotation's target names it. */
export const annotatedRevisionSchema = z.object({
  sourceId: id,
  sourceTitle: z.string(),
  sourceUrl: z.string().nullable(),
  language: z.string().nullable(),
  number: z.number().int().min(1),
  sha256,
});
export type AnnotatedRevision = z.infer<typeof annotatedRevisionSchema>;

/** One link of the attribution chain, origin first. */
export const attributionRecordSchema = z.object({
  position: z.number().int().nonnegative(),
  role: z.enum(AttributionRole),
  entity: namedRefSchema.nullable(),
  partyName: z.string().nullable(),
  source: z.object({ id, title: z.string() }).nullable(),
});
export type AttributionRecord = z.infer<typeof attributionRecordSchema>;

/** A claim that a conflict of the dataset names but the dataset does not hold. */
export const outsideClaimRecordSchema = z.object({ id, status: z.enum(ClaimStatus), valueText: z.string() });

export const conflictRecordSchema = z.object({
  id,
  kind: z.enum(ConflictKind),
  status: z.enum(ConflictStatus),
  isManual: z.boolean(),
  /** The status was last set by detection, which may reopen it. */
  isClosedAutomatically: z.boolean(),
  explanation: z.string(),
  rationale: z.string().nullable(),
  statusNote: z.string().nullable(),
  resolutionReason: z.string().nullable(),
  resolvedBy: namedRefSchema.nullable(),
  resolvedAt: isoDateTime.nullable(),
  /** This claim's rank in the conflict's resolution. */
  rank: z.enum(ClaimRank),
  rankReason: z.string().nullable(),
  /** The members of the conflict in this dataset, sorted: this claim among them. */
  claimIds: z.array(id).min(1),
  /**
   * The members the export's filters leave out (a draft beside approved
   * claims), described so the conflict can be understood: they are in no
   * file of the dataset. Files exported before this field read as none.
   */
  claimsOutsideSelection: z.array(outsideClaimRecordSchema).default([]),
});
export type ConflictRecord = z.infer<typeof conflictRecordSchema>;

/** The latest review decision on the claim. */
export const reviewRecordSchema = z.object({
  decision: z.enum(ReviewDecisionKind),
  reviewer: namedRefSchema,
  decidedAt: isoDateTime,
  reason: z.string().nullable(),
  claimVersion: z.number().int().min(1),
});
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

export const claimRecordSchema = z.object({
  kind: z.literal("claim"),
  id,
  subject: namedRefSchema,
  property: z.object({ key: z.string().min(1), label: z.string(), valueType: z.enum(ValueType) }),
  value: claimValueSchema,
  valueText: z.string(),
  qualifiers: qualifiersSchema,
  hedging: hedgingSchema.nullable(),
  status: z.enum(ClaimStatus),
  rank: z.enum(ClaimRank),
  note: z.string(),
  evidence: z.array(evidenceRecordSchema).min(1),
  attribution: z.array(attributionRecordSchema),
  conflicts: z.array(conflictRecordSchema),
  /** The claim this one repeats, which makes it no independent source (files exported before this field: none). */
  derivedFromId: id.nullable().default(null),
  /** Admiralty grades when the project grades sources: the origin's reliability A–F, the claim's credibility 1–6. */
  originReliability: reliabilityGradeSchema.nullable().default(null),
  credibility: credibilityGradeSchema.nullable().default(null),
  review: reviewRecordSchema.nullable(),
  history: z.object({
    version: z.number().int().min(1),
    createdBy: namedRefSchema,
    createdAt: isoDateTime,
    updatedBy: namedRefSchema,
    updatedAt: isoDateTime,
    reviewCount: z.number().int().nonnegative(),
  }),
});
export type ClaimRecord = z.infer<typeof claimRecordSchema>;

/**
 * One estimate of the dataset's claims: low, best and high per (subject,
 * property, qualifiers) under the project's rule, over the claims in the
 * file (its selection decides which statuses count). An import recomputes
 * estimates from the claims, so it reads these lines only to check them.
 */
export const estimateRecordSchema = z.object({
  kind: z.literal("estimate"),
  subject: namedRefSchema,
  property: z.object({ key: z.string().min(1) }),
  qualifiers: qualifiersSchema,
  rule: estimateRuleKindSchema,
  low: z.number().nullable(),
  best: z.number().nullable(),
  high: z.number().nullable(),
  independentSources: z.number().int().nonnegative(),
  sourceOriginal: z.array(z.string()),
  explanation: z.string(),
  /** Every claim of the unit: used, or left out and why. */
  claims: z.array(z.object({ id, isUsed: z.boolean(), reason: z.string().optional() })),
  /** When and where, for an event. */
  event: z
    .object({
      start: isoDate.nullable(),
      end: isoDate.nullable(),
      datePrecision: z.enum(["day", "month", "year"]).nullable(),
      place: z.string().nullable(),
      placePrecision: z.enum(["exact", "near", "region", "country"]).nullable(),
    })
    .nullable(),
});
export type EstimateRecord = z.infer<typeof estimateRecordSchema>;

export const exportLineSchema = z.discriminatedUnion("kind", [
  headerRecordSchema,
  propertyRecordSchema,
  entityRecordSchema,
  sourceRecordSchema,
  claimRecordSchema,
  estimateRecordSchema,
]);
export type ExportLine = z.infer<typeof exportLineSchema>;

/** Who a link of the chain names: an entity, a named party, or a source. */
export function attributionLabel(link: AttributionRecord): string {
  return link.entity?.name ?? link.partyName ?? link.source?.title ?? "";
}

/** The claim in one sentence: "MSA and JNIM forces — Casualties: exactly 4 killed (per Movement for the Salvation of Azawad)". */
export function claimSummary(claim: ClaimRecord): string {
  const origin = claim.attribution[0];
  const per = origin ? ` (per ${attributionLabel(origin)})` : "";
  return `${claim.subject.name} — ${claim.property.label}: ${claim.valueText}${per}`;
}
