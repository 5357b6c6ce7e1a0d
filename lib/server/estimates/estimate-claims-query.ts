import { z } from "zod";
import { qualifiersSchema, quantityValueSchema } from "@/lib/claims/value";
import { Prisma } from "@/lib/db/generated/client";
import { ClaimRank, ClaimStatus } from "@/lib/db/generated/enums";
import { documentOriginJoin, originLinkJson } from "./claim-origin-sql";

// No "server-only" marker: the export reads estimates through this query outside Next.js too (CLI, bench).

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
  /** When and where, for a subject that is an event. */
  subjectEvent: z
    .object({
      start: z.string().nullable(),
      end: z.string().nullable(),
      datePrecision: z.enum(["day", "month", "year"]).nullable(),
      place: z.string().nullable(),
      placePrecision: z.enum(["exact", "near", "region", "country"]).nullable(),
    })
    .nullable(),
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
 * indexed, so one subject's claims are read without a scan. `inSelection`
 * keeps only the claims of a CTE named `selected`, which the caller puts in
 * front (an export's selection).
 *
 * The rank reason's conflict is read by id from each of the claim's few
 * memberships; the `OFFSET 0` keeps the planner from starting at the
 * project's resolved conflicts instead, which it did whenever their
 * statistics predated the resolutions: 30 ms per claim at 13,000 of them.
 */
export function estimateClaimsSql(projectId: string, filter: EstimateClaimFilter, inSelection = false): Prisma.Sql {
  const bySubject = filter.subjectId ? Prisma.sql`AND c."subjectId" = ${filter.subjectId}` : Prisma.empty;
  const byProperty = filter.propertyId ? Prisma.sql`AND c."propertyId" = ${filter.propertyId}` : Prisma.empty;
  const selected = inSelection ? Prisma.sql`AND c.id IN (SELECT id FROM selected)` : Prisma.empty;
  return Prisma.sql`SELECT c.id, c."subjectId", subject.name AS "subjectName", c."propertyId", p.key AS "propertyKey",
      c.value, c.qualifiers, c.status::text AS status, c.rank::text AS rank, c."derivedFromId", c.credibility,
      ranked."rankReason",
      coalesce(chain.origin, document.origin) AS origin,
      coalesce(chain."relayedBy", '[]') AS "relayedBy",
      CASE WHEN subject.kind = 'event' THEN json_build_object(
        'start', to_char(subject."eventStart", 'YYYY-MM-DD'), 'end', to_char(subject."eventEnd", 'YYYY-MM-DD'),
        'datePrecision', subject."eventDatePrecision", 'place', place.name, 'placePrecision', subject."eventPlacePrecision") END AS "subjectEvent"
    FROM "Claim" c
    JOIN "Entity" subject ON subject.id = c."subjectId"
    LEFT JOIN "Entity" place ON place.id = subject."eventPlaceId"
    JOIN "Property" p ON p.id = c."propertyId"
    LEFT JOIN LATERAL (
      SELECT (array_agg(${originLinkJson} ORDER BY a.position) FILTER (WHERE a.role = 'origin'))[1] AS origin,
             json_agg(coalesce(e.name, a."partyName", s.title) ORDER BY a.position) FILTER (WHERE a.role = 'intermediary') AS "relayedBy"
      FROM "Attribution" a
      LEFT JOIN "Entity" e ON e.id = a."entityId"
      LEFT JOIN "Source" s ON s.id = a."sourceId"
      WHERE a."claimId" = c.id
    ) chain ON true
    ${documentOriginJoin}
    LEFT JOIN LATERAL (
      SELECT coalesce(m."rankReason", k."resolutionReason") AS "rankReason"
      FROM "ConflictMember" m
      CROSS JOIN LATERAL (
        SELECT "resolutionReason", "resolvedAt" FROM "Conflict" WHERE id = m."conflictId" AND status = 'resolved' OFFSET 0
      ) k
      WHERE m."claimId" = c.id AND m.rank = c.rank
      ORDER BY k."resolvedAt" DESC NULLS LAST LIMIT 1
    ) ranked ON c.rank <> 'normal'
    WHERE c."projectId" = ${projectId} AND NOT c."isDeleted" AND c.value->>'type' = 'quantity' ${bySubject} ${byProperty} ${selected}
    ORDER BY c."subjectId", c."propertyId", c.id`;
}

export function toEstimateClaimRow(row: unknown): EstimateClaimRow {
  return rowSchema.parse(row);
}

