import "server-only";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { claimRecordIncludeFor, type ClaimRecord } from "./claim-record";
import { loadClaimPage } from "./list-claims-page";
import { claimView } from "./claim-view";
import { CLAIM_COUNT_LIMIT, type ClaimFilters } from "@/lib/claims/claim-filters";
import { claimOriginGrades } from "../grading/claim-origin-grades";
import { type Blindness, blindnessIn, visibleClaimSql } from "../coding-rounds/blind-visibility";

/**
 * A page of a project's claims, newest first, and how many match, counted up to
 * CLAIM_COUNT_LIMIT. The page's ids and the count come from one SQL condition, so
 * full-text search and every filter are one scan with the indexes (a million
 * claims: tests/bench/claims-list-bench.ts); only the page's claims are then
 * loaded with their parts, in one more statement (list-claims-page.ts). Access and blindness are read from `db`, the primary, so a
 * removed member is refused at once; the list itself from `reader`, which may
 * be a read replica (lib/db/client.ts `replicaDb`).
 */
export async function listClaims(db: Db, actor: Actor, projectId: string, filters: ClaimFilters, reader: Db = db) {
  await requireProjectPermission(db, actor, projectId, "project:read");
  // A coder of an open blind round sees only their own claims on its source.
  const blindness = await blindnessIn(db, actor, projectId);
  const reliableIds = filters.reliability ? await claimIdsOfReliability(reader, projectId, filters.reliability) : undefined;
  const where = claimListCondition(projectId, filters, visibleClaimSql(actor, blindness.sourceIds), reliableIds);
  const [[counted], page] = await Promise.all([
    reader.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM (SELECT 1 FROM "Claim" claim WHERE ${where} ) matching`,
    reader.$queryRaw<{ id: string }[]>`
      SELECT claim.id FROM "Claim" claim WHERE ${where}
      ORDER BY claim."createdAt" DESC, claim.id ASC
      LIMIT ${filters.pageSize} OFFSET ${(filters.page - 1) * filters.pageSize}`,
  ]);
  const ids = page.map((row) => row.id);
  const claims = blindness.isBlind ? await loadThroughInclude(reader, ids, blindness) : await loadClaimPage(reader, ids);
  const matching = counted?.total ?? 0;
  return {
    claims: claims.map(claimView),
    total: Math.min(matching, CLAIM_COUNT_LIMIT),
    isTotalExact: matching <= CLAIM_COUNT_LIMIT,
    page: filters.page,
    pageSize: filters.pageSize,
  };
}

/** The page for a blind coder: the include filters the conflicts they may not see. */
async function loadThroughInclude(reader: Db, ids: string[], blindness: Blindness): Promise<ClaimRecord[]> {
  const rows = ids.length ? await reader.claim.findMany({ where: { id: { in: ids } }, include: claimRecordIncludeFor(blindness) }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  // A claim deleted between the two reads is left out rather than failing the page.
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function claimIdsOfReliability(reader: Db, projectId: string, reliability: NonNullable<ClaimFilters["reliability"]>): Promise<string[]> {
  const grades = await claimOriginGrades(reader, projectId);
  return [...grades].filter(([, { grade }]) => grade === reliability).map(([id]) => id);
}

/** Every filter of the claims page as one condition on the claim aliased `claim`. */
function claimListCondition(projectId: string, filters: ClaimFilters, visible: Prisma.Sql, reliableIds: string[] | undefined): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`claim."projectId" = ${projectId}`, Prisma.sql`NOT claim."isDeleted"`, visible];
  if (filters.sourceId) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "Evidence" e JOIN "Annotation" a ON a.id = e."annotationId"
      WHERE e."claimId" = claim.id AND a."sourceId" = ${filters.sourceId})`);
  }
  if (filters.entityId) {
    const entityId = filters.entityId;
    and.push(Prisma.sql`(claim."subjectId" = ${entityId} OR claim."valueEntityId" = ${entityId}
      OR EXISTS (SELECT 1 FROM "Attribution" at WHERE at."claimId" = claim.id AND at."entityId" = ${entityId}))`);
  }
  if (filters.propertyId) and.push(Prisma.sql`claim."propertyId" = ${filters.propertyId}`);
  if (filters.status) and.push(Prisma.sql`claim.status = ${filters.status}::"ClaimStatus"`);
  if (filters.attributedTo) {
    // An entity id, or a name: the party's own, or its entity's name (both case-blind) or one of its aliases.
    const party = filters.attributedTo;
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "Attribution" at LEFT JOIN "Entity" en ON en.id = at."entityId"
      WHERE at."claimId" = claim.id AND (at."entityId" = ${party} OR lower(at."partyName") = lower(${party})
        OR lower(en.name) = lower(${party}) OR ${party} = ANY(en.aliases)))`);
  }
  if (filters.hasConflict !== undefined) {
    const open = Prisma.sql`EXISTS (SELECT 1 FROM "ConflictMember" cm JOIN "Conflict" cf ON cf.id = cm."conflictId"
      WHERE cm."claimId" = claim.id AND cf.status = 'open')`;
    and.push(filters.hasConflict ? open : Prisma.sql`NOT ${open}`);
  }
  if (filters.needsRecheck !== undefined) {
    and.push(filters.needsRecheck ? Prisma.sql`claim."needsRecheckSince" IS NOT NULL` : Prisma.sql`claim."needsRecheckSince" IS NULL`);
  }
  if (filters.credibility !== undefined) and.push(Prisma.sql`claim.credibility = ${filters.credibility}`);
  if (reliableIds) and.push(Prisma.sql`claim.id = ANY(${reliableIds}::text[])`);
  if (filters.q) and.push(Prisma.sql`claim."searchVector" @@ websearch_to_tsquery('simple', ${filters.q})`);
  return Prisma.join(and, " AND ");
}
