import type pg from "pg";
import QueryStream from "pg-query-stream";
import { z } from "zod";
import { describeClaimValue } from "@/lib/claims/describe-claim-value";
import { claimValueSchema, qualifiersSchema } from "@/lib/claims/value";
import type { DatasetReader, ExportCounts } from "@/lib/export/dataset";
import type { ExportFilters } from "@/lib/export/filters";
import {
  annotatedRevisionSchema,
  attributionLabel,
  entityRecordSchema,
  propertyRecordSchema,
  sourceRecordSchema,
  type ClaimRecord,
  type EntityRecord,
  type PropertyRecord,
  type SourceRecord,
} from "@/lib/export/records";
import { readDatasetEstimates, readDatasetGrading, type DatasetGrading } from "./dataset-estimates";
import { claimsQuery, countsQuery, entitiesQuery, propertiesQuery, selectedClaims, sourcesQuery, type Statement } from "./export-sql";

// No "server-only" marker: the export bench and CLI run this module outside Next.js.

/**
 * Rows fetched per round trip: enough to keep the connection busy, few
 * enough to keep memory flat. Rows still waiting when the collector runs are
 * promoted to the old generation and linger there as garbage; at 500 rows
 * the 100,000-claim zip's heap grew by 150 MB.
 */
const CLAIM_BATCH = 100;
const SOURCE_BATCH = 4;

/**
 * Reads one dataset through server-side cursors on a client that holds a
 * REPEATABLE READ snapshot, so every pass (one per format) sees the same
 * rows. The passes run one after another on that one connection.
 */
export async function createDatasetReader(client: pg.ClientBase, projectId: string, filters: ExportFilters): Promise<DatasetReader> {
  const selected = selectedClaims(projectId, filters);
  const counts = await readCounts(client, selected);
  const grading = await readDatasetGrading(client, projectId);
  const toClaimRecord = (row: unknown) => gradedClaimRecord(row, grading);
  return {
    counts,
    properties: () => mapRows(stream(client, propertiesQuery(selected), CLAIM_BATCH), toPropertyRecord),
    entities: () => mapRows(stream(client, entitiesQuery(selected), CLAIM_BATCH), toEntityRecord),
    sources: () => mapRows(stream(client, sourcesQuery(selected), SOURCE_BATCH), toSourceRecord),
    claims: () => mapRows(stream(client, claimsQuery(selected), CLAIM_BATCH), toClaimRecord),
    claimsByRevision: () =>
      mapRows(stream(client, claimsQuery(selected, "byRevision"), CLAIM_BATCH), (row) => ({
        revision: annotatedRevisionSchema.parse((row as { annotatedRevision: unknown }).annotatedRevision),
        claim: toClaimRecord(row),
      })),
    estimates: () => readDatasetEstimates(client, projectId, selected, grading),
  };
}

/** The first claims of a selection and its counts, for a preview. */
export async function readPreview(client: pg.ClientBase, projectId: string, filters: ExportFilters, limit: number) {
  const counts = await readCounts(client, selectedClaims(projectId, filters));
  const { rows } = await client.query(claimsQuery(selectedClaims(projectId, filters, limit)));
  return { counts, claims: rows.map(toClaimRecord) };
}

async function readCounts(client: pg.ClientBase, selected: Statement): Promise<ExportCounts> {
  const { rows } = await client.query(countsQuery(selected));
  return countsRowSchema.parse(rows[0]);
}

async function* stream(client: pg.ClientBase, statement: Statement, batchSize: number): AsyncGenerator<unknown> {
  // Leaving the loop early (a cancelled download) destroys the stream, which closes the cursor.
  yield* client.query(new QueryStream(statement.text, statement.values, { batchSize, highWaterMark: batchSize }));
}

async function* mapRows<T>(rows: AsyncIterable<unknown>, map: (row: unknown) => T): AsyncGenerator<T> {
  for await (const row of rows) yield map(row);
}

const countsRowSchema = z.object({
  claims: z.number(),
  evidence: z.number(),
  sources: z.number(),
  entities: z.number(),
  properties: z.number(),
  conflicts: z.number(),
  claimsByStatus: z.record(z.string(), z.number()),
});

function toPropertyRecord(row: unknown): PropertyRecord {
  return propertyRecordSchema.parse({ kind: "property", ...(row as object) });
}

function toEntityRecord(row: unknown): EntityRecord {
  const { kind, ...entity } = row as { kind: string } & Record<string, unknown>;
  return entityRecordSchema.parse({ kind: "entity", ...entity, entityKind: kind });
}

function toSourceRecord(row: unknown): SourceRecord {
  return sourceRecordSchema.parse({ kind: "source", ...(row as object) });
}

/** A claim record with its origin's reliability, which the project's grades give rather than the row. */
function gradedClaimRecord(row: unknown, grading: DatasetGrading): ClaimRecord {
  const record = toClaimRecord(row);
  const origin = record.attribution[0];
  const originReliability = grading.originReliability(
    origin && { entityId: origin.entity?.id ?? null, partyName: origin.partyName, sourceId: origin.source?.id ?? null, label: attributionLabel(origin) },
  );
  return { ...record, originReliability, credibility: grading.settings.isGradingEnabled ? record.credibility : null };
}

interface ClaimRow {
  id: string;
  value: unknown;
  qualifiers: unknown;
  hedging: ClaimRecord["hedging"];
  status: ClaimRecord["status"];
  rank: ClaimRecord["rank"];
  note: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  subjectId: string;
  subjectName: string;
  propertyKey: string;
  propertyLabel: string;
  valueType: ClaimRecord["property"]["valueType"];
  valueEntityName: string | null;
  createdById: string;
  createdByName: string;
  updatedById: string;
  updatedByName: string;
  attribution: {
    position: number;
    role: ClaimRecord["attribution"][number]["role"];
    entityId: string | null;
    entityName: string | null;
    partyName: string | null;
    sourceId: string | null;
    sourceTitle: string | null;
  }[];
  evidence: {
    annotationId: string;
    sourceId: string;
    sourceTitle: string;
    revision: number;
    sha256: string;
    start: number;
    end: number;
    exact: string;
    prefix: string;
    suffix: string;
  }[];
  conflicts: (Omit<ClaimRecord["conflicts"][number], "resolvedBy" | "claimsOutsideSelection"> & {
    resolvedById: string | null;
    resolvedByName: string | null;
    claimsOutsideSelection: { id: string; status: ClaimRecord["status"]; value: unknown; valueEntityName: string | null }[];
  })[];
  review: {
    decision: NonNullable<ClaimRecord["review"]>["decision"];
    reviewerId: string;
    reviewerName: string;
    decidedAt: string;
    reason: string | null;
    claimVersion: number;
  } | null;
  reviewCount: number;
  derivedFromId: string | null;
  credibility: ClaimRecord["credibility"];
}

/**
 * A claim row → its export record, keys in the documented order. The value
 * and qualifiers were validated when the claim was written and are parsed
 * again here, so a record never carries a shape the schema does not know.
 */
export function toClaimRecord(input: unknown): ClaimRecord {
  const row = input as ClaimRow;
  const value = claimValueSchema.parse(row.value);
  return {
    kind: "claim",
    id: row.id,
    subject: { id: row.subjectId, name: row.subjectName },
    property: { key: row.propertyKey, label: row.propertyLabel, valueType: row.valueType },
    value,
    valueText: describeClaimValue(value, row.valueEntityName ?? undefined),
    qualifiers: qualifiersSchema.parse(row.qualifiers ?? {}),
    hedging: row.hedging,
    status: row.status,
    rank: row.rank,
    note: row.note,
    evidence: row.evidence.map((e) => ({
      annotationId: e.annotationId,
      source: { id: e.sourceId, title: e.sourceTitle },
      revision: { number: e.revision, sha256: e.sha256 },
      start: e.start,
      end: e.end,
      exact: e.exact,
      prefix: e.prefix,
      suffix: e.suffix,
    })),
    attribution: row.attribution.map((link) => ({
      position: link.position,
      role: link.role,
      entity: link.entityId ? { id: link.entityId, name: link.entityName ?? "" } : null,
      partyName: link.partyName,
      source: link.sourceId ? { id: link.sourceId, title: link.sourceTitle ?? "" } : null,
    })),
    conflicts: row.conflicts.map((k) => ({
      id: k.id,
      kind: k.kind,
      status: k.status,
      isManual: k.isManual,
      isClosedAutomatically: k.isClosedAutomatically,
      explanation: k.explanation,
      rationale: k.rationale,
      statusNote: k.statusNote,
      resolutionReason: k.resolutionReason,
      resolvedBy: k.resolvedById ? { id: k.resolvedById, name: k.resolvedByName ?? "" } : null,
      resolvedAt: k.resolvedAt,
      rank: k.rank,
      rankReason: k.rankReason,
      claimIds: k.claimIds,
      claimsOutsideSelection: k.claimsOutsideSelection.map((other) => {
        const otherValue = claimValueSchema.parse(other.value);
        return { id: other.id, status: other.status, valueText: describeClaimValue(otherValue, other.valueEntityName ?? undefined) };
      }),
    })),
    derivedFromId: row.derivedFromId,
    originReliability: null,
    credibility: row.credibility,
    review: row.review
      ? {
          decision: row.review.decision,
          reviewer: { id: row.review.reviewerId, name: row.review.reviewerName },
          decidedAt: row.review.decidedAt,
          reason: row.review.reason,
          claimVersion: row.review.claimVersion,
        }
      : null,
    history: {
      version: row.version,
      createdBy: { id: row.createdById, name: row.createdByName },
      createdAt: row.createdAt,
      updatedBy: { id: row.updatedById, name: row.updatedByName },
      updatedAt: row.updatedAt,
      reviewCount: row.reviewCount,
    },
  };
}
