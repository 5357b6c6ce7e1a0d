import "server-only";
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
import { writeClaim } from "../claims/claim-writer";
import { ConflictGroups } from "../conflicts/conflict-groups";
import { ConflictError, ImportRejectedError, ValidationError } from "../errors";
import { errorCodes } from "@/lib/errors/error-codes";

type Tx = Prisma.TransactionClient;

export interface ImportReport {
  properties: { created: number; reused: number };
  entities: { created: number; reused: number };
  sources: number;
  revisions: number;
  annotations: number;
  claims: number;
  conflicts: number;
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
export async function importDataset(db: Db, actor: Actor, projectId: string, text: string): Promise<ImportReport> {
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
      const importer = new Importer(tx, actor, projectId);
      const report = await importer.run(dataset);
      await writeAudit(tx, {
        projectId,
        actor,
        action: "dataset.import",
        objectType: "Project",
        objectId: projectId,
        after: { schemaVersion: EXPORT_SCHEMA_VERSION, ...report },
      });
      return report;
    },
    { timeout: 10 * 60_000, maxWait: 10_000 },
  );
}

/** Writes one parsed dataset, mapping the file's ids to the new rows' ids. */
class Importer {
  private readonly propertyIds = new Map<string, string>();
  private readonly entityIds = new Map<string, string>();
  private readonly sourceIds = new Map<string, string>();
  /** source id → revision number → new revision id and text. */
  private readonly revisions = new Map<string, Map<number, { id: string; text: string }>>();
  private readonly annotationIds = new Map<string, string>();
  private readonly claimIds = new Map<string, string>();
  private readonly problems: ImportProblem[] = [];
  private readonly conflictGroups = new ConflictGroups();

  constructor(
    private readonly tx: Tx,
    private readonly actor: Actor,
    private readonly projectId: string,
  ) {}

  async run(dataset: ParsedImport): Promise<ImportReport> {
    const properties = await this.importProperties(dataset);
    const entities = await this.importEntities(dataset);
    const revisions = await this.importSources(dataset);
    if (this.problems.length) throw new ImportRejectedError(this.problems);
    for (const { line, record } of dataset.claims) await this.importClaim(line, record);
    if (this.problems.length) throw new ImportRejectedError(this.problems);
    const conflicts = await this.importConflicts(dataset);
    // Detection runs on the imported claims as on any others; it keeps the imported conflicts it agrees with.
    await this.conflictGroups.reevaluate(this.tx, this.actor);
    return {
      properties,
      entities,
      sources: this.sourceIds.size,
      revisions,
      annotations: this.annotationIds.size,
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

  private async importEntities(dataset: ParsedImport) {
    const counts = { created: 0, reused: 0 };
    for (const { record } of dataset.entities) {
      const existing = await this.tx.entity.findUnique({ where: { projectId_name: { projectId: this.projectId, name: record.name } } });
      const entity =
        existing ??
        (await this.tx.entity.create({
          data: {
            projectId: this.projectId,
            name: record.name,
            kind: record.entityKind,
            aliases: record.aliases,
            wikidataQid: record.wikidataQid,
            description: record.description,
          },
        }));
      counts[existing ? "reused" : "created"]++;
      this.entityIds.set(record.id, entity.mergedIntoId ?? entity.id);
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

  private async importClaim(line: number, claim: ClaimRecord): Promise<void> {
    const evidenceAnnotationIds = [];
    for (const evidence of claim.evidence) evidenceAnnotationIds.push(await this.annotation(evidence));
    const input: ParsedClaimInput = {
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
      evidenceAnnotationIds,
    };
    try {
      const written = await writeClaim({
        tx: this.tx,
        actor: this.actor,
        projectId: this.projectId,
        input,
        action: "claim.import",
        isContentEdit: true,
        imported: {
          status: claim.status,
          rank: claim.rank,
          version: claim.history.version,
          createdAt: new Date(claim.history.createdAt),
          updatedAt: new Date(claim.history.updatedAt),
        },
        conflictGroups: this.conflictGroups,
      });
      this.claimIds.set(claim.id, written.id);
    } catch (error) {
      // The reference checks refuse before anything is written, so the other lines can still be checked.
      if (!(error instanceof ValidationError)) throw error;
      this.problems.push({ line, reason: error.message });
    }
  }

  /** One annotation per exported annotation id, anchored on its revision and re-anchored on the later ones in the file. */
  private async annotation(evidence: ClaimRecord["evidence"][number]): Promise<string> {
    const known = this.annotationIds.get(evidence.annotationId);
    if (known) return known;
    const revisions = this.revisions.get(evidence.source.id)!;
    const own = revisions.get(evidence.revision.number)!;
    const later = [...revisions.entries()].filter(([number]) => number > evidence.revision.number).map(([, revision]) => revision);
    const annotation = await this.tx.annotation.create({
      data: {
        projectId: this.projectId,
        sourceId: this.sourceIds.get(evidence.source.id)!,
        revisionId: own.id,
        start: evidence.start,
        end: evidence.end,
        exact: evidence.exact,
        prefix: evidence.prefix,
        suffix: evidence.suffix,
        createdById: this.actor.userId,
        anchors: {
          create: [
            { revisionId: own.id, status: "anchored", start: evidence.start, end: evidence.end, score: 1 },
            ...later.map((revision) => {
              const result = reanchor(evidence, revision.text);
              return {
                revisionId: revision.id,
                status: result.status,
                ...(result.status === "orphaned" ? {} : { start: result.start, end: result.end, score: result.score }),
              };
            }),
          ],
        },
      },
      select: { id: true },
    });
    this.annotationIds.set(evidence.annotationId, annotation.id);
    return annotation.id;
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
    let count = 0;
    for (const { conflict, ranks } of conflicts.values()) {
      const members = conflict.claimIds.flatMap((id) => this.claimIds.get(id) ?? []);
      if (members.length < 2) continue;
      await this.tx.conflict.create({
        data: {
          projectId: this.projectId,
          kind: conflict.kind,
          status: conflict.status,
          isManual: conflict.isManual,
          isClosedAutomatically: conflict.isClosedAutomatically,
          fingerprint: conflictFingerprint(conflict.kind, members),
          explanation: conflict.explanation,
          rationale: conflict.rationale,
          statusNote: conflict.statusNote,
          resolutionReason: conflict.resolutionReason,
          resolvedAt: conflict.resolvedAt ? new Date(conflict.resolvedAt) : null,
          createdById: conflict.isManual ? this.actor.userId : null,
          members: {
            create: members.map((claimId) => ({ claimId, rank: ranks.get(claimId)?.rank ?? "normal", rankReason: ranks.get(claimId)?.reason ?? null })),
          },
        },
      });
      count++;
    }
    return count;
  }

  private entity(exportedId: string): string {
    return this.entityIds.get(exportedId)!;
  }

  private value(value: ClaimValue): ClaimValue {
    return value.type === "entity" ? { ...value, entityId: this.entity(value.entityId) } : value;
  }
}
