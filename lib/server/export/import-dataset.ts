import "server-only";
import { randomUUID } from "node:crypto";
import { reanchor } from "@/lib/anchoring/reanchor";
import type { ParsedClaimInput } from "@/lib/claims/claim-input";
import type { ClaimValue } from "@/lib/claims/value";
import { conflictFingerprint } from "@/lib/conflicts/fingerprint";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { parseImport, type ImportProblem, type ParsedImport } from "@/lib/export/parse-import";
import { EXPORT_SCHEMA_VERSION, type ClaimRecord, type ConflictRecord } from "@/lib/export/records";
import { prepareRevisionText } from "@/lib/sources/prepare-text";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { checkClaimReferences, type ClaimReferenceLookup } from "../claims/claim-references";
import { claimSnapshot, type SnapshotClaim } from "../claims/claim-record";
import { claimSearchText, type SearchableClaim } from "../claims/claim-search";
import { claimColumns } from "../claims/write-claim-parts";
import { recomputeConflicts } from "../conflicts/recompute-project";
import type { ImportReport } from "../jobs/job-kinds";
import { enumOf, insertRows, jsonb, timestamp, type BulkColumn } from "./import-rows";
import { ConflictError, ImportRejectedError, ValidationError } from "../errors";
import { errorCodes } from "@/lib/errors/error-codes";

type Tx = Prisma.TransactionClient;

export type { ImportReport };

/** Claims written per step: each step is a few multi-row statements and one progress report. */
const CLAIMS_PER_STEP = 2_000;

export interface ImportOptions {
  /** Called after each step with the claims written so far; a throw (a cancelled job) rolls the whole import back. */
  onProgress?: (progress: { done: number; total: number }) => Promise<void>;
  /** More to do in the import's transaction, committed with it (a job removes its upload). */
  beforeCommit?: (tx: Tx) => Promise<void>;
  /** Recorded in the dataset.import audit event besides the report (the job that ran it). */
  auditDetails?: Record<string, string>;
}

/**
 * Imports a JSON Lines export into a project that has no sources and no
 * claims yet: its sources and revisions, annotations, entities, properties,
 * claims with their attribution chains and evidence, and conflicts with
 * their resolution. Properties and entities already in the project are
 * matched by key and by name. One transaction: a file with any bad line, or
 * anything refused on the way, leaves the project as it was.
 *
 * Claims keep their status, rank, version and dates. People are not carried
 * over (the accounts of another installation do not exist here): the
 * importing user becomes the author, review decisions stay in the source
 * dataset, and the audit event records the import.
 */
export async function importDataset(db: Db, actor: Actor, projectId: string, text: string, options: ImportOptions = {}): Promise<ImportReport> {
  await requireProjectPermission(db, actor, projectId, "project:manage");
  const parsed = parseImport(text);
  if (!parsed.ok) throw new ImportRejectedError(parsed.problems);
  const { dataset } = parsed;
  return db.$transaction(
    async (tx) => {
      await requireProjectPermission(tx, actor, projectId, "project:manage");
      const sourceCount = await tx.source.count({ where: { projectId } });
      const claimCount = await tx.claim.count({ where: { projectId } });
      if (sourceCount + claimCount > 0) {
        throw new ConflictError("Import into an empty project: this one already has sources or claims.", { sources: sourceCount, claims: claimCount }, errorCodes.projectNotEmpty);
      }
      const importer = new Importer(tx, actor, projectId, options);
      const report = await importer.run(dataset);
      await writeAudit(tx, {
        projectId,
        actor,
        action: "dataset.import",
        objectType: "Project",
        objectId: projectId,
        after: { schemaVersion: EXPORT_SCHEMA_VERSION, ...report, ...options.auditDetails },
      });
      await options.beforeCommit?.(tx);
      return report;
    },
    { timeout: 10 * 60_000, maxWait: 10_000 },
  );
}

/** A claim whose references passed the claim writer's checks, ready to be written. */
interface CheckedClaim {
  id: string;
  line: number;
  record: ClaimRecord;
  input: ParsedClaimInput;
}

/** What the import wrote, read back once for the reference checks, the search text and the audit snapshots. */
interface ProjectRows {
  entities: Map<string, { id: string; mergedIntoId: string | null; name: string; aliases: string[] }>;
  properties: Map<string, { id: string; key: string; label: string; valueType: string; archivedAt: Date | null }>;
  sources: Map<string, { id: string; title: string }>;
  annotations: Set<string>;
}

/**
 * Writes one parsed dataset, mapping the file's ids to the new rows' ids.
 * Claims go through the claim writer's own checks (checkClaimReferences,
 * against the rows read back in bulk) and are written as the claim writer
 * writes them (columns, chain, evidence, search vector, a claim.import audit
 * event), a few thousand per multi-row statement instead of a dozen
 * statements per claim. Conflict detection runs once at the end over every
 * subject + property group, since all of the project's claims are new.
 */
class Importer {
  private readonly propertyIds = new Map<string, string>();
  private readonly entityIds = new Map<string, string>();
  private readonly sourceIds = new Map<string, string>();
  /** source id → revision number → new revision id and text. */
  private readonly revisions = new Map<string, Map<number, { id: string; text: string }>>();
  /** exported annotation id → the new annotation's id and quote. */
  private readonly annotations = new Map<string, { id: string; exact: string }>();
  private readonly claimIds = new Map<string, string>();
  private readonly problems: ImportProblem[] = [];

  constructor(
    private readonly tx: Tx,
    private readonly actor: Actor,
    private readonly projectId: string,
    private readonly options: ImportOptions,
  ) {}

  async run(dataset: ParsedImport): Promise<ImportReport> {
    const properties = await this.importProperties(dataset);
    const entities = await this.importEntities(dataset);
    const revisions = await this.importSources(dataset);
    if (this.problems.length) throw new ImportRejectedError(this.problems);
    await this.importAnnotations(dataset);
    const rows = await this.readProjectRows();
    const claims = await this.checkClaims(dataset, rows);
    if (this.problems.length) throw new ImportRejectedError(this.problems);
    await this.writeClaims(claims, rows);
    const conflicts = await this.importConflicts(dataset);
    // Detection runs on the imported claims as on any others; it keeps the imported conflicts it agrees with.
    await recomputeConflicts(this.tx, this.projectId, this.actor);
    return {
      properties,
      entities,
      sources: this.sourceIds.size,
      revisions,
      annotations: this.annotations.size,
      claims: this.claimIds.size,
      conflicts,
    };
  }

  private async importProperties(dataset: ParsedImport) {
    const counts = { created: 0, reused: 0 };
    for (const { line, record } of dataset.properties) {
      const existing = await this.tx.property.findUnique({ where: { projectId_key: { projectId: this.projectId, key: record.key } } });
      if (existing && existing.valueType !== record.valueType) {
        this.problems.push({ line, reason: `This project's property "${record.key}" takes ${existing.valueType} values, not ${record.valueType}.` });
        continue;
      }
      const property =
        existing ??
        (await this.tx.property.create({
          data: {
            projectId: this.projectId,
            key: record.key,
            label: record.label,
            valueType: record.valueType,
            isSingleValued: record.isSingleValued,
            description: record.description,
          },
        }));
      counts[existing ? "reused" : "created"]++;
      this.propertyIds.set(record.key, property.id);
    }
    return counts;
  }

  /** Entities are matched by name: the project's own first, then the first record of the file with that name. */
  private async importEntities(dataset: ParsedImport) {
    const counts = { created: 0, reused: 0 };
    const names = [...new Set(dataset.entities.map(({ record }) => record.name))];
    const existing = await this.tx.entity.findMany({ where: { projectId: this.projectId, name: { in: names } }, select: { id: true, name: true, mergedIntoId: true } });
    const byName = new Map(existing.map((entity) => [entity.name, entity.mergedIntoId ?? entity.id]));
    const fresh = new Map<string, ParsedImport["entities"][number]["record"]>();
    for (const { record } of dataset.entities) if (!byName.has(record.name) && !fresh.has(record.name)) fresh.set(record.name, record);
    const created = [...fresh.values()].map((record) => ({ id: randomUUID(), record }));
    await insertRows(
      this.tx,
      "Entity",
      ENTITY_COLUMNS,
      created.map(({ id, record }) => [id, this.projectId, record.name, record.entityKind, JSON.stringify(record.aliases), record.wikidataQid, record.description, now()]),
    );
    const createdNames = new Set(created.map(({ record }) => record.name));
    for (const { id, record } of created) byName.set(record.name, id);
    for (const { record } of dataset.entities) {
      // A name's first record is the one created; every later record of that name, or one the project had, is reused.
      const isCreated = createdNames.delete(record.name);
      counts[isCreated ? "created" : "reused"]++;
      this.entityIds.set(record.id, byName.get(record.name)!);
    }
    return counts;
  }

  private async importSources(dataset: ParsedImport): Promise<number> {
    let revisionCount = 0;
    for (const { line, record } of dataset.sources) {
      const source = await this.tx.source.create({
        data: {
          projectId: this.projectId,
          title: record.title,
          outlet: record.outlet,
          author: record.author,
          url: record.url,
          language: record.language,
          publishedAt: record.publishedAt ? new Date(record.publishedAt) : null,
          retrievedAt: record.retrievedAt ? new Date(record.retrievedAt) : null,
          createdById: this.actor.userId,
        },
      });
      this.sourceIds.set(record.id, source.id);
      const numbers = new Map<number, { id: string; text: string }>();
      for (const revision of record.revisions) {
        const prepared = prepareRevisionText(revision.text, "plain");
        if (!prepared.ok) {
          this.problems.push({ line, reason: `Revision ${revision.number}: ${prepared.message}` });
          continue;
        }
        const created = await this.tx.sourceRevision.create({
          data: {
            sourceId: source.id,
            projectId: this.projectId,
            number: revision.number,
            text: revision.text,
            sha256: revision.sha256,
            codePoints: revision.codePoints,
            format: revision.format,
            createdById: this.actor.userId,
          },
          select: { id: true },
        });
        numbers.set(revision.number, { id: created.id, text: revision.text });
        revisionCount++;
      }
      this.revisions.set(record.id, numbers);
    }
    return revisionCount;
  }

  /** One annotation per exported annotation id, anchored on its revision and re-anchored on the later ones in the file. */
  private async importAnnotations(dataset: ParsedImport): Promise<void> {
    const annotations: unknown[][] = [];
    const anchors: unknown[][] = [];
    for (const { record: claim } of dataset.claims) {
      for (const evidence of claim.evidence) {
        if (this.annotations.has(evidence.annotationId)) continue;
        const id = randomUUID();
        this.annotations.set(evidence.annotationId, { id, exact: evidence.exact });
        const revisions = this.revisions.get(evidence.source.id)!;
        const own = revisions.get(evidence.revision.number)!;
        annotations.push([id, this.projectId, this.sourceIds.get(evidence.source.id)!, own.id, evidence.start, evidence.end, evidence.exact, evidence.prefix, evidence.suffix, this.actor.userId]);
        anchors.push([randomUUID(), id, own.id, "anchored", evidence.start, evidence.end, 1]);
        for (const [number, revision] of revisions) {
          if (number <= evidence.revision.number) continue;
          const result = reanchor(evidence, revision.text);
          anchors.push(result.status === "orphaned" ? [randomUUID(), id, revision.id, result.status, null, null, null] : [randomUUID(), id, revision.id, result.status, result.start, result.end, result.score]);
        }
      }
    }
    await insertRows(this.tx, "Annotation", ANNOTATION_COLUMNS, annotations);
    await insertRows(this.tx, "AnnotationAnchor", ANCHOR_COLUMNS, anchors);
  }

  private async readProjectRows(): Promise<ProjectRows> {
    const where = { projectId: this.projectId };
    // One after another: a transaction's queries share its one connection.
    const entities = await this.tx.entity.findMany({ where, select: { id: true, mergedIntoId: true, name: true, aliases: true } });
    const properties = await this.tx.property.findMany({ where, select: { id: true, key: true, label: true, valueType: true, archivedAt: true } });
    const sources = await this.tx.source.findMany({ where, select: { id: true, title: true } });
    const annotations = await this.tx.annotation.findMany({ where, select: { id: true } });
    return {
      entities: new Map(entities.map((row) => [row.id, row])),
      properties: new Map(properties.map((row) => [row.id, row])),
      sources: new Map(sources.map((row) => [row.id, row])),
      annotations: new Set(annotations.map((row) => row.id)),
    };
  }

  /** The claim writer's reference checks on every claim, against the rows read back; every refused line is reported. */
  private async checkClaims(dataset: ParsedImport, rows: ProjectRows): Promise<CheckedClaim[]> {
    const lookup: ClaimReferenceLookup = {
      entity: async (id) => rows.entities.get(id) ?? null,
      property: async (id) => rows.properties.get(id) ?? null,
      hasSource: async (id) => rows.sources.has(id),
      knownAnnotations: async (ids) => new Set(ids.filter((id) => rows.annotations.has(id))),
    };
    const checked: CheckedClaim[] = [];
    for (const { line, record } of dataset.claims) {
      try {
        const input = await checkClaimReferences(this.tx, this.projectId, this.claimInput(record), undefined, lookup);
        checked.push({ id: randomUUID(), line, record, input });
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        this.problems.push({ line, reason: error.message });
      }
    }
    return checked;
  }

  private claimInput(claim: ClaimRecord): ParsedClaimInput {
    return {
      subjectId: this.entity(claim.subject.id),
      propertyId: this.propertyIds.get(claim.property.key)!,
      value: this.value(claim.value),
      qualifiers: claim.qualifiers,
      hedging: claim.hedging,
      note: claim.note,
      attribution: claim.attribution.map((link) => ({
        role: link.role,
        entityId: link.entity ? this.entity(link.entity.id) : undefined,
        partyName: link.partyName ?? undefined,
        sourceId: link.source ? this.sourceIds.get(link.source.id) : undefined,
      })),
      evidenceAnnotationIds: claim.evidence.map((evidence) => this.annotations.get(evidence.annotationId)!.id),
    };
  }

  /**
   * The rows writeClaim writes for a new imported claim (its columns with the
   * dataset's status, rank, version and dates, the chain, the evidence links,
   * the search vector and a claim.import event with the claim's snapshot), a
   * step of claims at a time.
   */
  private async writeClaims(claims: readonly CheckedClaim[], rows: ProjectRows): Promise<void> {
    const total = claims.length;
    await this.options.onProgress?.({ done: 0, total });
    for (let start = 0; start < total; start += CLAIMS_PER_STEP) {
      const step = claims.slice(start, start + CLAIMS_PER_STEP);
      const claimRows: unknown[][] = [];
      const chainRows: unknown[][] = [];
      const evidenceRows: unknown[][] = [];
      const auditRows: unknown[][] = [];
      for (const { id, record, input } of step) {
        const columns = claimColumns(input);
        const written = this.writtenClaim(record, input, rows);
        claimRows.push([
          id,
          this.projectId,
          columns.subjectId,
          columns.propertyId,
          JSON.stringify(columns.value),
          columns.quantityMin,
          columns.quantityMax,
          columns.polarity,
          columns.valueEntityId,
          columns.dateStart?.toISOString(),
          columns.dateEnd?.toISOString(),
          JSON.stringify(columns.qualifiers),
          columns.hedging,
          record.status,
          record.rank,
          columns.note,
          columns.credibility,
          columns.derivedFromId,
          record.history.version,
          this.actor.userId,
          this.actor.userId,
          new Date(record.history.createdAt).toISOString(),
          new Date(record.history.updatedAt).toISOString(),
          claimSearchText(written),
        ]);
        input.attribution.forEach((link, position) => chainRows.push([randomUUID(), id, position, link.role, link.entityId ?? null, link.partyName ?? null, link.sourceId ?? null]));
        for (const annotationId of input.evidenceAnnotationIds) evidenceRows.push([randomUUID(), id, annotationId]);
        auditRows.push([this.projectId, this.actor.userId, "claim.import", "Claim", id, JSON.stringify(claimSnapshot(written))]);
        this.claimIds.set(record.id, id);
      }
      await insertRows(this.tx, "Claim", CLAIM_COLUMNS, claimRows);
      await insertRows(this.tx, "Attribution", ATTRIBUTION_COLUMNS, chainRows);
      await insertRows(this.tx, "Evidence", EVIDENCE_COLUMNS, evidenceRows);
      await insertRows(this.tx, "AuditEvent", AUDIT_COLUMNS, auditRows);
      await this.options.onProgress?.({ done: start + step.length, total });
    }
  }

  /** The claim as it will be stored, in the shape its search text and audit snapshot read. */
  private writtenClaim(record: ClaimRecord, input: ParsedClaimInput, rows: ProjectRows): SnapshotClaim & SearchableClaim {
    const entity = (id: string) => rows.entities.get(id)!;
    const property = rows.properties.get(input.propertyId)!;
    return {
      subject: entity(input.subjectId),
      property,
      value: input.value,
      valueEntity: input.value.type === "entity" ? entity(input.value.entityId) : null,
      qualifiers: input.qualifiers,
      hedging: input.hedging ?? null,
      status: record.status,
      rank: record.rank,
      note: input.note,
      credibility: input.credibility ?? null,
      derivedFromId: input.derivedFromId ?? null,
      version: record.history.version,
      attributions: input.attribution.map((link) => ({
        role: link.role,
        entity: link.entityId ? entity(link.entityId) : null,
        partyName: link.partyName ?? null,
        source: link.sourceId ? rows.sources.get(link.sourceId)! : null,
      })),
      evidence: record.evidence.map((evidence) => ({ annotation: this.annotations.get(evidence.annotationId)! })),
    };
  }

  /** Conflicts whose members were imported (at least two), with their status, resolution and ranks. */
  private async importConflicts(dataset: ParsedImport): Promise<number> {
    const conflicts = new Map<string, { conflict: ConflictRecord; ranks: Map<string, { rank: ConflictRecord["rank"]; reason: string | null }> }>();
    for (const { record: claim } of dataset.claims) {
      for (const conflict of claim.conflicts) {
        const entry = conflicts.get(conflict.id) ?? { conflict, ranks: new Map() };
        entry.ranks.set(this.claimIds.get(claim.id)!, { rank: conflict.rank, reason: conflict.rankReason });
        conflicts.set(conflict.id, entry);
      }
    }
    const conflictRows: unknown[][] = [];
    const memberRows: unknown[][] = [];
    for (const { conflict, ranks } of conflicts.values()) {
      const members = conflict.claimIds.flatMap((id) => this.claimIds.get(id) ?? []);
      if (members.length < 2) continue;
      const id = randomUUID();
      conflictRows.push([
        id,
        this.projectId,
        conflict.kind,
        conflict.status,
        conflict.isManual,
        conflict.isClosedAutomatically,
        conflictFingerprint(conflict.kind, members),
        conflict.explanation,
        conflict.rationale,
        conflict.statusNote,
        conflict.resolutionReason,
        conflict.resolvedAt ? new Date(conflict.resolvedAt).toISOString() : null,
        conflict.isManual ? this.actor.userId : null,
        now(),
      ]);
      for (const claimId of members) memberRows.push([id, claimId, ranks.get(claimId)?.rank ?? "normal", ranks.get(claimId)?.reason ?? null]);
    }
    await insertRows(this.tx, "Conflict", CONFLICT_COLUMNS, conflictRows);
    await insertRows(this.tx, "ConflictMember", CONFLICT_MEMBER_COLUMNS, memberRows);
    return conflictRows.length;
  }

  private entity(exportedId: string): string {
    return this.entityIds.get(exportedId)!;
  }

  private value(value: ClaimValue): ClaimValue {
    return value.type === "entity" ? { ...value, entityId: this.entity(value.entityId) } : value;
  }
}

const now = () => new Date().toISOString();
const text = (name: string): BulkColumn => ({ name, array: "text[]" });
const int = (name: string): BulkColumn => ({ name, array: "int[]" });

const ANNOTATION_COLUMNS = ["id", "projectId", "sourceId", "revisionId"].map(text).concat(int("start"), int("end"), ...["exact", "prefix", "suffix", "createdById"].map(text));
const ANCHOR_COLUMNS: BulkColumn[] = [text("id"), text("annotationId"), text("revisionId"), { name: "status", array: "text[]", cast: enumOf("AnchorStatus") }, int("start"), int("end"), { name: "score", array: "float8[]" }];
const ENTITY_COLUMNS: BulkColumn[] = [
  ...["id", "projectId", "name"].map(text),
  { name: "kind", array: "text[]", cast: enumOf("EntityKind") },
  { name: "aliases", array: "text[]", cast: (v) => `ARRAY(SELECT jsonb_array_elements_text(${v}::jsonb))` },
  ...["wikidataQid", "description"].map(text),
  { name: "updatedAt", array: "text[]", cast: timestamp },
];
const CLAIM_COLUMNS: BulkColumn[] = [
  ...["id", "projectId", "subjectId", "propertyId"].map(text),
  { name: "value", array: "text[]", cast: jsonb },
  { name: "quantityMin", array: "float8[]" },
  { name: "quantityMax", array: "float8[]" },
  { name: "polarity", array: "bool[]" },
  text("valueEntityId"),
  { name: "dateStart", array: "text[]", cast: (v) => `${v}::date` },
  { name: "dateEnd", array: "text[]", cast: (v) => `${v}::date` },
  { name: "qualifiers", array: "text[]", cast: jsonb },
  { name: "hedging", array: "text[]", cast: enumOf("Hedging") },
  { name: "status", array: "text[]", cast: enumOf("ClaimStatus") },
  { name: "rank", array: "text[]", cast: enumOf("ClaimRank") },
  text("note"),
  int("credibility"),
  text("derivedFromId"),
  int("version"),
  text("createdById"),
  text("updatedById"),
  { name: "createdAt", array: "text[]", cast: timestamp },
  { name: "updatedAt", array: "text[]", cast: timestamp },
  { name: "searchVector", array: "text[]", cast: (v) => `to_tsvector('simple', ${v})` },
];
const ATTRIBUTION_COLUMNS: BulkColumn[] = [text("id"), text("claimId"), int("position"), { name: "role", array: "text[]", cast: enumOf("AttributionRole") }, text("entityId"), text("partyName"), text("sourceId")];
const EVIDENCE_COLUMNS = ["id", "claimId", "annotationId"].map(text);
const AUDIT_COLUMNS: BulkColumn[] = [...["projectId", "actorId", "action", "objectType", "objectId"].map(text), { name: "after", array: "text[]", cast: jsonb }];
const CONFLICT_COLUMNS: BulkColumn[] = [
  text("id"),
  text("projectId"),
  { name: "kind", array: "text[]", cast: enumOf("ConflictKind") },
  { name: "status", array: "text[]", cast: enumOf("ConflictStatus") },
  { name: "isManual", array: "bool[]" },
  { name: "isClosedAutomatically", array: "bool[]" },
  ...["fingerprint", "explanation", "rationale", "statusNote", "resolutionReason"].map(text),
  { name: "resolvedAt", array: "text[]", cast: timestamp },
  text("createdById"),
  { name: "updatedAt", array: "text[]", cast: timestamp },
];
const CONFLICT_MEMBER_COLUMNS: BulkColumn[] = [text("conflictId"), text("claimId"), { name: "rank", array: "text[]", cast: enumOf("ClaimRank") }, text("rankReason")];
