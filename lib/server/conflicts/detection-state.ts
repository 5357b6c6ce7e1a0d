import "server-only";
import { z } from "zod";
import { claimValueSchema, qualifiersSchema } from "@/lib/claims/value";
import { attributionName } from "@/lib/conflicts/attribution-name";
import type { DetectableClaim } from "@/lib/conflicts/detectable-claim";
import type { ExistingConflict } from "@/lib/conflicts/reconcile";
import { Prisma } from "@/lib/db/generated/client";
import { AttributionRole } from "@/lib/db/generated/enums";
import type { ClaimGroup } from "./detection-locks";

type Tx = Prisma.TransactionClient;

const claimRowSchema = z.object({
  id: z.string(),
  subjectId: z.string(),
  propertyKey: z.string(),
  isSingleValued: z.boolean(),
  value: claimValueSchema,
  qualifiers: qualifiersSchema,
  isDeleted: z.boolean(),
  isCuratedAway: z.boolean(),
  /** The attribution chain in order; null without one. */
  roles: z.array(z.enum(AttributionRole)).nullable(),
  labels: z.array(z.string()).nullable(),
});

/**
 * The claims of one group, or of the whole project, as detection sees them,
 * deleted and curated-away ones included (reconcile names them when it
 * closes a conflict).
 * One query: a full recomputation reads 100,000 claims. The subject is
 * already resolved through merges (merging rewrites it); the name a claim is
 * attributed to comes from its chain (see attributionName).
 */
export async function loadDetectableClaims(tx: Tx, projectId: string, group?: Omit<ClaimGroup, "projectId">): Promise<DetectableClaim[]> {
  const inGroup = group ? Prisma.sql`AND c."subjectId" = ${group.subjectId} AND c."propertyId" = ${group.propertyId}` : Prisma.empty;
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT c.id, c."subjectId", p.key AS "propertyKey", p."isSingleValued", c.value, c.qualifiers, c."isDeleted",
           c.curation IS NOT DISTINCT FROM 'curated_away' AS "isCuratedAway", chain.roles, chain.labels
    FROM "Claim" c
    JOIN "Property" p ON p.id = c."propertyId"
    LEFT JOIN LATERAL (
      SELECT array_agg(a.role::text ORDER BY a.position) AS roles,
             array_agg(COALESCE(e.name, a."partyName", s.title) ORDER BY a.position) AS labels
      FROM "Attribution" a
      LEFT JOIN "Entity" e ON e.id = a."entityId"
      LEFT JOIN "Source" s ON s.id = a."sourceId"
      WHERE a."claimId" = c.id
    ) chain ON true
    WHERE c."projectId" = ${projectId} ${inGroup}`;
  return rows.map((raw) => {
    const { roles, labels, ...row } = claimRowSchema.parse(raw);
    const chain = (roles ?? []).map((role, i) => ({ role, label: labels?.[i] ?? "" }));
    return { ...row, attributedTo: attributionName(chain) };
  });
}

export interface StoredConflict extends ExistingConflict {
  explanation: string;
}

/**
 * The project's stored conflicts with their members: all of them, or those
 * with a member among `claimIds` (a group's claims), found through the
 * members' claim index first so a group's read stays small in a project of
 * any size.
 */
export async function loadStoredConflicts(tx: Tx, projectId: string, claimIds?: readonly string[]): Promise<StoredConflict[]> {
  if (claimIds?.length === 0) return [];
  const touched = claimIds
    ? Prisma.sql`SELECT DISTINCT "conflictId" AS id FROM "ConflictMember" WHERE "claimId" = ANY(${[...claimIds]}::text[])`
    : Prisma.sql`SELECT id FROM "Conflict" WHERE "projectId" = ${projectId}`;
  return tx.$queryRaw<StoredConflict[]>`
    WITH touched AS (${touched})
    SELECT k.id, k.fingerprint, k.kind::text AS kind, k.status::text AS status, k."isManual", k."isClosedAutomatically", k.explanation,
           array_agg(m."claimId" ORDER BY m."claimId") AS "claimIds"
    FROM touched t
    JOIN "Conflict" k ON k.id = t.id AND k."projectId" = ${projectId}
    JOIN "ConflictMember" m ON m."conflictId" = k.id
    GROUP BY k.id`;
}
