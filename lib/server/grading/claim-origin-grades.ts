import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ReliabilityGrade } from "@/lib/db/generated/enums";
import type { Origin } from "@/lib/estimates/origin";
import { originReliabilityReader } from "@/lib/grading/origin-reliability";
import { documentOriginJoin, originLinkJson } from "../estimates/claim-origin-sql";
import { loadReliabilityGrades } from "../estimates/estimate-claims";

type Reader = Db | Prisma.TransactionClient;

const originRowSchema = z.object({
  id: z.string(),
  origin: z.object({ entityId: z.string().nullable(), partyName: z.string().nullable(), sourceId: z.string().nullable(), label: z.string() }).nullable(),
});

/** Each claim's origin as estimates see it (lib/server/estimates/claim-origin-sql.ts). */
async function loadClaimOrigins(db: Reader, projectId: string, claimIds?: readonly string[]) {
  const only = claimIds ? Prisma.sql`AND c.id IN (${Prisma.join(claimIds)})` : Prisma.empty;
  const rows = await db.$queryRaw<unknown[]>`
    SELECT c.id, coalesce(chain.origin, document.origin) AS origin
    FROM "Claim" c
    LEFT JOIN LATERAL (
      SELECT ${originLinkJson} AS origin
      FROM "Attribution" a LEFT JOIN "Entity" e ON e.id = a."entityId" LEFT JOIN "Source" s ON s.id = a."sourceId"
      WHERE a."claimId" = c.id AND a.role = 'origin' ORDER BY a.position LIMIT 1
    ) chain ON true
    ${documentOriginJoin}
    WHERE c."projectId" = ${projectId} AND NOT c."isDeleted" ${only}`;
  return rows.map((row) => originRowSchema.parse(row));
}

export interface GradedOrigin {
  /** Resolved as estimates resolve it: a party name that names an entity is that entity. */
  origin: Origin;
  grade: ReliabilityGrade | null;
}

/** Each claim's origin and its reliability grade (null: ungraded), for the claims named or all the project's. */
export async function claimOriginGrades(db: Reader, projectId: string, claimIds?: readonly string[]): Promise<Map<string, GradedOrigin>> {
  if (claimIds?.length === 0) return new Map();
  const [origins, grades] = await Promise.all([loadClaimOrigins(db, projectId, claimIds), loadReliabilityGrades(db, projectId)]);
  const reliabilityOf = originReliabilityReader(grades);
  return new Map(origins.map((row) => [row.id, reliabilityOf(row.origin ?? undefined)]));
}
