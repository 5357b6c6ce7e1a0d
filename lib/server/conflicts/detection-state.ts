import "server-only";
import { claimValueSchema, qualifiersSchema } from "@/lib/claims/value";
import type { DetectableClaim } from "@/lib/conflicts/detectable-claim";
import type { ExistingConflict } from "@/lib/conflicts/reconcile";
import { Prisma } from "@/lib/db/generated/client";
import type { ClaimGroup } from "./detection-locks";

type Tx = Prisma.TransactionClient;

interface ClaimRow {
  id: string;
  subjectId: string;
  propertyKey: string;
  isSingleValued: boolean;
  value: unknown;
  qualifiers: unknown;
  isDeleted: boolean;
  attributedTo: string | null;
}

/**
 * The claims of one group, or of the whole project, as detection sees them,
 * deleted ones included (reconcile names them when it closes a conflict).
 * One query: a full recomputation reads 100,000 claims. The subject is
 * already resolved through merges (merging rewrites it); the name a claim is
 * attributed to is its chain's origin, as on the claim page.
 */
export async function loadDetectableClaims(tx: Tx, projectId: string, group?: Omit<ClaimGroup, "projectId">): Promise<DetectableClaim[]> {
  const inGroup = group ? Prisma.sql`AND c."subjectId" = ${group.subjectId} AND c."propertyId" = ${group.propertyId}` : Prisma.empty;
  const rows = await tx.$queryRaw<ClaimRow[]>`
    SELECT c.id, c."subjectId", p.key AS "propertyKey", p."isSingleValued", c.value, c.qualifiers, c."isDeleted",
           COALESCE(e.name, origin."partyName", s.title) AS "attributedTo"
    FROM "Claim" c
    JOIN "Property" p ON p.id = c."propertyId"
    LEFT JOIN LATERAL (
      SELECT a."entityId", a."partyName", a."sourceId" FROM "Attribution" a WHERE a."claimId" = c.id ORDER BY a.position LIMIT 1
    ) origin ON true
    LEFT JOIN "Entity" e ON e.id = origin."entityId"
    LEFT JOIN "Source" s ON s.id = origin."sourceId"
    WHERE c."projectId" = ${projectId} ${inGroup}`;
  return rows.map((row) => ({
    id: row.id,
    subjectId: row.subjectId,
    propertyKey: row.propertyKey,
    isSingleValued: row.isSingleValued,
    value: claimValueSchema.parse(row.value),
    qualifiers: qualifiersSchema.parse(row.qualifiers ?? {}),
    attributedTo: row.attributedTo ?? "an unattributed source",
    isDeleted: row.isDeleted,
  }));
}

export interface StoredConflict extends ExistingConflict {
  explanation: string;
}

/**
 * The project's stored conflicts with their members: all of them, or those
 * with a member among `claimIds` (a group's claims).
 */
export async function loadStoredConflicts(tx: Tx, projectId: string, claimIds?: readonly string[]): Promise<StoredConflict[]> {
  if (claimIds?.length === 0) return [];
  const touching = claimIds
    ? Prisma.sql`AND k.id IN (SELECT "conflictId" FROM "ConflictMember" WHERE "claimId" = ANY(${[...claimIds]}::text[]))`
    : Prisma.empty;
  return tx.$queryRaw<StoredConflict[]>`
    SELECT k.id, k.fingerprint, k.kind::text AS kind, k.status::text AS status, k."isManual", k."isClosedAutomatically", k.explanation,
           array_agg(m."claimId" ORDER BY m."claimId") AS "claimIds"
    FROM "Conflict" k JOIN "ConflictMember" m ON m."conflictId" = k.id
    WHERE k."projectId" = ${projectId} ${touching}
    GROUP BY k.id`;
}
