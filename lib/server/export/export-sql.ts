import type { ExportFilters } from "@/lib/export/filters";

/**
 * The SQL of an export. Prisma has no cursor, so the export reads through
 * `pg` with server-side cursors; this module is the only place that SQL is
 * written. Every value travels as a bind parameter: the text below is built
 * only from constant fragments chosen by which filters are set.
 *
 * Ordering is part of the format: claims, sources and entities by id,
 * properties by key, and a claim's evidence and conflicts by content, so the
 * same rows always come out in the same order.
 */

const ISO_INSTANT = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const ISO_DAY = `'YYYY-MM-DD'`;

export interface Statement {
  text: string;
  values: unknown[];
}

/**
 * The filtered claims as a CTE named `selected`, with the columns the other
 * reads need; `limit` keeps only the first claims (a preview).
 */
export function selectedClaims(projectId: string, filters: ExportFilters, limit?: number): Statement {
  const values: unknown[] = [projectId, filters.statuses];
  const where = [`c."projectId" = $1`, `NOT c."isDeleted"`, `c.status = ANY($2::"ClaimStatus"[])`];
  const bind = (value: unknown) => `$${values.push(value)}`;
  if (filters.sourceIds.length) {
    where.push(
      `EXISTS (SELECT 1 FROM "Evidence" e JOIN "Annotation" an ON an.id = e."annotationId"
        WHERE e."claimId" = c.id AND an."sourceId" = ANY(${bind(filters.sourceIds)}::text[]))`,
    );
  }
  if (filters.propertyKeys.length) {
    where.push(`p.key = ANY(${bind(filters.propertyKeys)}::text[])`);
  }
  if (filters.entityIds.length) {
    const ids = bind(filters.entityIds);
    where.push(
      `(c."subjectId" = ANY(${ids}::text[]) OR c."valueEntityId" = ANY(${ids}::text[])
        OR EXISTS (SELECT 1 FROM "Attribution" a WHERE a."claimId" = c.id AND a."entityId" = ANY(${ids}::text[])))`,
    );
  }
  if (filters.recordedFrom) where.push(`c."createdAt" >= ${bind(filters.recordedFrom)}::date`);
  if (filters.recordedTo) where.push(`c."createdAt" < ${bind(filters.recordedTo)}::date + 1`);
  return {
    text: `selected AS MATERIALIZED (
      SELECT c.id, c."subjectId", c."propertyId", c."valueEntityId", c.status::text AS status
      FROM "Claim" c JOIN "Property" p ON p.id = c."propertyId"
      WHERE ${where.join(" AND ")}${limit === undefined ? "" : ` ORDER BY c.id LIMIT ${bind(limit)}`})`,
    values,
  };
}

const entityIds = `entity_ids AS (
  SELECT "subjectId" AS id FROM selected
  UNION SELECT "valueEntityId" FROM selected WHERE "valueEntityId" IS NOT NULL
  UNION SELECT a."entityId" FROM "Attribution" a JOIN selected s ON s.id = a."claimId" WHERE a."entityId" IS NOT NULL)`;

const evidenceRevisions = `evidence_revisions AS (
  SELECT DISTINCT an."revisionId" AS id, an."sourceId" FROM "Evidence" e
  JOIN selected s ON s.id = e."claimId" JOIN "Annotation" an ON an.id = e."annotationId")`;

const sourceIds = `source_ids AS (
  SELECT "sourceId" AS id FROM evidence_revisions
  UNION SELECT a."sourceId" FROM "Attribution" a JOIN selected s ON s.id = a."claimId" WHERE a."sourceId" IS NOT NULL)`;

function withSelected(selected: Statement, ctes: string[], body: string): Statement {
  return { text: `WITH ${[selected.text, ...ctes].join(",\n")}\n${body}`, values: selected.values };
}

export function countsQuery(selected: Statement): Statement {
  return withSelected(
    selected,
    [entityIds, evidenceRevisions, sourceIds],
    `SELECT
      (SELECT count(*) FROM selected)::int AS claims,
      (SELECT count(*) FROM "Evidence" e JOIN selected s ON s.id = e."claimId")::int AS evidence,
      (SELECT count(*) FROM source_ids)::int AS sources,
      (SELECT count(*) FROM entity_ids)::int AS entities,
      (SELECT count(DISTINCT "propertyId") FROM selected)::int AS properties,
      (SELECT count(DISTINCT m."conflictId") FROM "ConflictMember" m JOIN selected s ON s.id = m."claimId")::int AS conflicts,
      (SELECT coalesce(json_object_agg(status, n ORDER BY status), '{}') FROM (SELECT status, count(*)::int AS n FROM selected GROUP BY status) t)
        AS "claimsByStatus"`,
  );
}

export function propertiesQuery(selected: Statement): Statement {
  return withSelected(
    selected,
    [],
    `SELECT key, label, "valueType"::text AS "valueType", "isSingleValued", description
    FROM "Property" WHERE id IN (SELECT "propertyId" FROM selected)
    ORDER BY key`,
  );
}

export function entitiesQuery(selected: Statement): Statement {
  return withSelected(
    selected,
    [entityIds],
    `SELECT id, name, kind::text AS kind, aliases, "wikidataQid", description
    FROM "Entity" WHERE id IN (SELECT id FROM entity_ids)
    ORDER BY id`,
  );
}

/** Sources with the revisions the evidence lies on, or their latest revision when only an attribution chain cites them. */
export function sourcesQuery(selected: Statement): Statement {
  return withSelected(
    selected,
    [evidenceRevisions, sourceIds],
    `SELECT s.id, s.title, s.outlet, s.author, s.url, s.language,
      to_char(s."publishedAt", ${ISO_DAY}) AS "publishedAt",
      to_char(s."retrievedAt", ${ISO_DAY}) AS "retrievedAt",
      (SELECT json_agg(json_build_object('number', r.number, 'sha256', r.sha256, 'format', r.format,
          'codePoints', r."codePoints", 'text', r.text) ORDER BY r.number)
        FROM "SourceRevision" r
        WHERE r."sourceId" = s.id AND (
          r.id IN (SELECT id FROM evidence_revisions)
          OR (NOT EXISTS (SELECT 1 FROM evidence_revisions er WHERE er."sourceId" = s.id)
              AND r.number = (SELECT max(number) FROM "SourceRevision" latest WHERE latest."sourceId" = s.id)))
      ) AS revisions
    FROM "Source" s WHERE s.id IN (SELECT id FROM source_ids)
    ORDER BY s.id`,
  );
}

/**
 * One row per claim with everything its record holds, built by PostgreSQL
 * so each claim is parsed once. Chains, evidence, conflicts and reviews are
 * aggregated per claim for the whole selection at once (hash and merge
 * joins), which is several times faster than a subquery per claim.
 *
 * `byRevision` reads the claims revision by revision instead (source id,
 * then revision number, then claim id), each row naming the revision in
 * `annotatedRevision`: a claim with evidence on two revisions comes twice.
 */
export function claimsQuery(selected: Statement, order: "byClaim" | "byRevision" = "byClaim"): Statement {
  const byRevision = order === "byRevision";
  return withSelected(
    selected,
    [
      ...(byRevision
        ? [
            `claim_revisions AS (
        SELECT DISTINCT e."claimId", an."sourceId", r.number, r.sha256
        FROM "Evidence" e JOIN selected s ON s.id = e."claimId"
        JOIN "Annotation" an ON an.id = e."annotationId"
        JOIN "SourceRevision" r ON r.id = an."revisionId")`,
          ]
        : []),
      `attributions AS (
        SELECT a."claimId", json_agg(json_build_object(
            'position', a.position, 'role', a.role, 'entityId', a."entityId", 'entityName', ae.name,
            'partyName', a."partyName", 'sourceId', a."sourceId", 'sourceTitle', asrc.title) ORDER BY a.position) AS attribution
        FROM "Attribution" a JOIN selected s ON s.id = a."claimId"
        LEFT JOIN "Entity" ae ON ae.id = a."entityId"
        LEFT JOIN "Source" asrc ON asrc.id = a."sourceId"
        GROUP BY a."claimId")`,
      `evidence AS (
        SELECT e."claimId", json_agg(json_build_object(
            'annotationId', an.id, 'sourceId', an."sourceId", 'sourceTitle', es.title, 'revision', r.number, 'sha256', r.sha256,
            'start', an.start, 'end', an."end", 'exact', an.exact, 'prefix', an.prefix, 'suffix', an.suffix)
            ORDER BY r.sha256, an.start, an."end", an.exact, an.id) AS evidence
        FROM "Evidence" e JOIN selected s ON s.id = e."claimId"
        JOIN "Annotation" an ON an.id = e."annotationId"
        JOIN "SourceRevision" r ON r.id = an."revisionId"
        JOIN "Source" es ON es.id = an."sourceId"
        GROUP BY e."claimId")`,
      // A conflict names the members in the dataset, and describes those outside it, which the files do not hold.
      `conflict_members AS (
        SELECT m."conflictId",
          json_agg(m."claimId" ORDER BY m."claimId") FILTER (WHERE inside.id IS NOT NULL) AS "claimIds",
          coalesce(json_agg(json_build_object('id', other.id, 'status', other.status, 'value', other.value, 'valueEntityName', other_value.name)
            ORDER BY other.id) FILTER (WHERE inside.id IS NULL), '[]') AS "claimsOutsideSelection"
        FROM "ConflictMember" m
        LEFT JOIN selected inside ON inside.id = m."claimId"
        LEFT JOIN "Claim" other ON other.id = m."claimId" AND inside.id IS NULL
        LEFT JOIN "Entity" other_value ON other_value.id = other."valueEntityId"
        WHERE m."conflictId" IN (SELECT mine."conflictId" FROM "ConflictMember" mine JOIN selected s ON s.id = mine."claimId")
        GROUP BY m."conflictId")`,
      `conflicts AS (
        SELECT m."claimId", json_agg(json_build_object(
            'id', k.id, 'kind', k.kind, 'status', k.status, 'isManual', k."isManual",
            'isClosedAutomatically', k."isClosedAutomatically", 'explanation', k.explanation,
            'rationale', k.rationale, 'statusNote', k."statusNote", 'resolutionReason', k."resolutionReason",
            'resolvedById', resolver.id, 'resolvedByName', resolver.name, 'resolvedAt', to_char(k."resolvedAt", ${ISO_INSTANT}),
                        'rank', m.rank, 'rankReason', m."rankReason", 'claimIds', members."claimIds",
            'claimsOutsideSelection', members."claimsOutsideSelection")
            ORDER BY k.kind, k.explanation, k.id) AS conflicts
        FROM "ConflictMember" m JOIN selected s ON s.id = m."claimId"
        JOIN "Conflict" k ON k.id = m."conflictId"
        JOIN conflict_members members ON members."conflictId" = k.id
        LEFT JOIN "User" resolver ON resolver.id = k."resolvedById"
        GROUP BY m."claimId")`,
      `reviews AS (
        SELECT DISTINCT ON (d."claimId") d."claimId",
          json_build_object('decision', d.decision, 'reviewerId', reviewer.id, 'reviewerName', reviewer.name,
            'decidedAt', to_char(d."createdAt", ${ISO_INSTANT}), 'reason', d.reason, 'claimVersion', d."claimVersion") AS review,
          count(*) OVER (PARTITION BY d."claimId")::int AS "reviewCount"
        FROM "ReviewDecision" d JOIN selected s ON s.id = d."claimId"
        JOIN "User" reviewer ON reviewer.id = d."reviewerId"
        ORDER BY d."claimId", d."createdAt" DESC, d.id DESC)`,
    ],
    `SELECT c.id, c.value, c.qualifiers, c.hedging::text AS hedging, c.status::text AS status, c.rank::text AS rank,
      c.note, c.version, c."derivedFromId", c.credibility,
      to_char(c."createdAt", ${ISO_INSTANT}) AS "createdAt",
      to_char(c."updatedAt", ${ISO_INSTANT}) AS "updatedAt",
      subject.id AS "subjectId", subject.name AS "subjectName",
      p.key AS "propertyKey", p.label AS "propertyLabel", p."valueType"::text AS "valueType",
      value_entity.name AS "valueEntityName",
      created_by.id AS "createdById", created_by.name AS "createdByName",
      updated_by.id AS "updatedById", updated_by.name AS "updatedByName",
      coalesce(attributions.attribution, '[]') AS attribution,
      coalesce(evidence.evidence, '[]') AS evidence,
      coalesce(conflicts.conflicts, '[]') AS conflicts,
      reviews.review,
      coalesce(reviews."reviewCount", 0) AS "reviewCount"${
        byRevision
          ? `,
      json_build_object('sourceId', cr."sourceId", 'sourceTitle', rs.title, 'sourceUrl', rs.url, 'language', rs.language,
        'number', cr.number, 'sha256', cr.sha256) AS "annotatedRevision"`
          : ""
      }
    FROM selected s
    JOIN "Claim" c ON c.id = s.id
    JOIN "Entity" subject ON subject.id = c."subjectId"
    JOIN "Property" p ON p.id = c."propertyId"
    LEFT JOIN "Entity" value_entity ON value_entity.id = c."valueEntityId"
    JOIN "User" created_by ON created_by.id = c."createdById"
    JOIN "User" updated_by ON updated_by.id = c."updatedById"
    LEFT JOIN attributions ON attributions."claimId" = c.id
    LEFT JOIN evidence ON evidence."claimId" = c.id
    LEFT JOIN conflicts ON conflicts."claimId" = c.id
    LEFT JOIN reviews ON reviews."claimId" = c.id
    ${byRevision ? `JOIN claim_revisions cr ON cr."claimId" = c.id JOIN "Source" rs ON rs.id = cr."sourceId"` : ""}
    ORDER BY ${byRevision ? `cr."sourceId", cr.number, c.id` : "c.id"}`,
  );
}
