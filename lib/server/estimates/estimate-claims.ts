import "server-only";
import { z } from "zod";
import { qualifiersSchema, quantityValueSchema } from "@/lib/claims/value";
import { ClaimRank, ClaimStatus, ReliabilityGrade } from "@/lib/db/generated/enums";
import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";

type Reader = Db | Prisma.TransactionClient;

const originSchema = z.object({
  entityId: z.string().nullable(),
  partyName: z.string().nullable(),
  sourceId: z.string().nullable(),
  label: z.string(),
});

const rowSchema = z.object({
  id: z.string(),
  subjectId: z.string(),
  subjectName: z.string(),
  propertyId: z.string(),
  propertyKey: z.string(),
  value: quantityValueSchema,
  qualifiers: qualifiersSchema,
  status: z.enum(ClaimStatus),
  rank: z.enum(ClaimRank),
  rankReason: z.string().nullable(),
  derivedFromId: z.string().nullable(),
  credibility: z.number().int().min(1).max(6).nullable(),
  /** The chain's origin; without a chain, the document the evidence is in. */
  origin: originSchema.nullable(),
  relayedBy: z.array(z.string()),
});
export type EstimateClaimRow = z.infer<typeof rowSchema>;

export interface EstimateClaimFilter {
  subjectId?: string;
  propertyId?: string;
}

/**
 * The project's quantity claims as estimates weigh them, in one query: the
 * origin of each chain, its intermediaries, and the reason a conflict
 * resolution gave for its rank. `(projectId, subjectId, propertyId)` is
 * indexed, so one subject's claims are read without a scan.
 */
export async function loadEstimateClaims(db: Reader, projectId: string, filter: EstimateClaimFilter): Promise<EstimateClaimRow[]> {
  const bySubject = filter.subjectId ? Prisma.sql`AND c."subjectId" = ${filter.subjectId}` : Prisma.empty;
  const byProperty = filter.propertyId ? Prisma.sql`AND c."propertyId" = ${filter.propertyId}` : Prisma.empty;
  const rows = await db.$queryRaw<unknown[]>`
    SELECT c.id, c."subjectId", subject.name AS "subjectName", c."propertyId", p.key AS "propertyKey",
      c.value, c.qualifiers, c.status::text AS status, c.rank::text AS rank, c."derivedFromId", c.credibility,
      ranked."rankReason",
      coalesce(chain.origin, document.origin) AS origin,
      coalesce(chain."relayedBy", '[]') AS "relayedBy"
    FROM "Claim" c
    JOIN "Entity" subject ON subject.id = c."subjectId"
    JOIN "Property" p ON p.id = c."propertyId"
    LEFT JOIN LATERAL (
      SELECT (array_agg(json_build_object('entityId', a."entityId", 'partyName', a."partyName", 'sourceId', a."sourceId",
                'label', coalesce(e.name, a."partyName", s.title)) ORDER BY a.position) FILTER (WHERE a.role = 'origin'))[1] AS origin,
             json_agg(coalesce(e.name, a."partyName", s.title) ORDER BY a.position) FILTER (WHERE a.role = 'intermediary') AS "relayedBy"
      FROM "Attribution" a
      LEFT JOIN "Entity" e ON e.id = a."entityId"
      LEFT JOIN "Source" s ON s.id = a."sourceId"
      WHERE a."claimId" = c.id
    ) chain ON true
    LEFT JOIN LATERAL (
      SELECT json_build_object('entityId', NULL, 'partyName', NULL, 'sourceId', an."sourceId", 'label', coalesce(src.outlet, src.title)) AS origin
      FROM "Evidence" ev JOIN "Annotation" an ON an.id = ev."annotationId" JOIN "Source" src ON src.id = an."sourceId"
      WHERE ev."claimId" = c.id ORDER BY an."sourceId" LIMIT 1
    ) document ON chain.origin IS NULL
    LEFT JOIN LATERAL (
      SELECT coalesce(m."rankReason", k."resolutionReason") AS "rankReason" FROM "ConflictMember" m JOIN "Conflict" k ON k.id = m."conflictId"
      WHERE m."claimId" = c.id AND k.status = 'resolved' AND m.rank = c.rank
      ORDER BY k."resolvedAt" DESC NULLS LAST LIMIT 1
    ) ranked ON c.rank <> 'normal'
    WHERE c."projectId" = ${projectId} AND NOT c."isDeleted" AND c.value->>'type' = 'quantity' ${bySubject} ${byProperty}
    ORDER BY c."subjectId", c."propertyId", c.id`;
  return rows.map((row) => rowSchema.parse(row));
}

/** The grades of the project's sources: entities' own, and named parties' by normalised name. */
export async function loadReliabilityGrades(db: Reader, projectId: string) {
  const [entities, parties] = await Promise.all([
    db.entity.findMany({ where: { projectId, mergedIntoId: null }, select: { id: true, name: true, aliases: true, reliability: true } }),
    db.partyReliability.findMany({ where: { projectId }, select: { name: true, grade: true } }),
  ]);
  return { entities, parties: new Map<string, ReliabilityGrade>(parties.map((party) => [party.name, party.grade])) };
}
