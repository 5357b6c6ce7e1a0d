import "server-only";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ClaimRecord } from "./claim-record";

/**
 * The claims of one page, with every part `claimView` shows, in one SQL statement: the
 * ORM's include sends a query per relation (nine for a page) and merges them in
 * JavaScript, which cost the claims list most of its time (tests/bench/claims-list-bench.ts).
 * Each row is the claim's own columns and its relations as JSON, shaped as the include
 * shapes them (`claimRecordInclude`), then given back its dates. For readers who see every
 * claim and conflict of the project: a blind coder's page goes through the include, whose
 * conflict filter has no SQL twin.
 */
export async function loadClaimPage(reader: Db, ids: string[]): Promise<ClaimRecord[]> {
  if (ids.length === 0) return [];
  const rows = await reader.$queryRaw<{ claim: Record<string, unknown> }[]>`
    SELECT (to_jsonb(c) - 'searchVector') || jsonb_build_object(
      'subject', (SELECT jsonb_build_object('id', s.id, 'name', s.name, 'aliases', s.aliases, 'kind', s.kind) FROM "Entity" s WHERE s.id = c."subjectId"),
      'property', (SELECT jsonb_build_object('id', p.id, 'key', p.key, 'label', p.label, 'valueType', p."valueType", 'isSingleValued', p."isSingleValued")
        FROM "Property" p WHERE p.id = c."propertyId"),
      'valueEntity', (SELECT jsonb_build_object('id', ve.id, 'name', ve.name) FROM "Entity" ve WHERE ve.id = c."valueEntityId"),
      'derivedFrom', (SELECT jsonb_build_object('id', d.id, 'isDeleted', d."isDeleted", 'value', d.value,
          'subject', (SELECT jsonb_build_object('name', ds.name) FROM "Entity" ds WHERE ds.id = d."subjectId"),
          'property', (SELECT jsonb_build_object('label', dp.label) FROM "Property" dp WHERE dp.id = d."propertyId"),
          'valueEntity', (SELECT jsonb_build_object('name', dv.name) FROM "Entity" dv WHERE dv.id = d."valueEntityId"))
        FROM "Claim" d WHERE d.id = c."derivedFromId"),
      'createdBy', (SELECT jsonb_build_object('id', u.id, 'name', u.name) FROM "User" u WHERE u.id = c."createdById"),
      'updatedBy', (SELECT jsonb_build_object('id', u.id, 'name', u.name) FROM "User" u WHERE u.id = c."updatedById"),
      'attributions', coalesce((SELECT jsonb_agg(to_jsonb(a) || jsonb_build_object(
          'entity', (SELECT jsonb_build_object('id', e.id, 'name', e.name) FROM "Entity" e WHERE e.id = a."entityId"),
          'source', (SELECT jsonb_build_object('id', so.id, 'title', so.title) FROM "Source" so WHERE so.id = a."sourceId"))
        ORDER BY a.position) FROM "Attribution" a WHERE a."claimId" = c.id), '[]'),
      'evidence', coalesce((SELECT jsonb_agg(to_jsonb(ev) || jsonb_build_object('annotation', jsonb_build_object(
          'id', an.id, 'sourceId', an."sourceId", 'start', an.start, 'end', an."end", 'exact', an.exact, 'prefix', an.prefix, 'suffix', an.suffix,
          'revision', jsonb_build_object('number', r.number, 'sha256', r.sha256),
          'source', jsonb_build_object('id', so.id, 'title', so.title, 'outlet', so.outlet)))
        ORDER BY ev."createdAt", ev.id)
        FROM "Evidence" ev JOIN "Annotation" an ON an.id = ev."annotationId"
        JOIN "SourceRevision" r ON r.id = an."revisionId" JOIN "Source" so ON so.id = an."sourceId"
        WHERE ev."claimId" = c.id), '[]'),
      'conflicts', coalesce((SELECT jsonb_agg(to_jsonb(cm) || jsonb_build_object('conflict', jsonb_build_object(
          'id', cf.id, 'kind', cf.kind, 'status', cf.status, 'explanation', cf.explanation, 'isManual', cf."isManual")) ORDER BY cf."createdAt", cf.id)
        FROM "ConflictMember" cm JOIN "Conflict" cf ON cf.id = cm."conflictId" WHERE cm."claimId" = c.id), '[]')
    ) AS claim
    FROM "Claim" c WHERE c.id IN (${Prisma.join(ids)})`;
  const byId = new Map(rows.map(({ claim }) => [claim.id as string, withDates(claim)]));
  // A claim deleted between the two reads is left out rather than failing the page.
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** JSON has no dates: the columns that are dates in the record become Dates again, read as UTC like Prisma reads them. */
const DATE_FIELDS = ["createdAt", "updatedAt", "needsRecheckSince", "dateStart", "dateEnd"] as const;

function withDates(claim: Record<string, unknown>): ClaimRecord {
  const record: Record<string, unknown> = { ...claim };
  for (const field of DATE_FIELDS) record[field] = utcDate(claim[field]);
  record.evidence = (claim.evidence as Record<string, unknown>[]).map((evidence) => ({ ...evidence, createdAt: utcDate(evidence.createdAt) }));
  return record as unknown as ClaimRecord;
}

function utcDate(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  // timestamp(3) and date columns hold UTC without a zone: "2026-12-07T20:57:42.847" or "2026-12-07".
  return new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : value.length === 10 ? `${value}T00:00:00Z` : `${value}Z`);
}
