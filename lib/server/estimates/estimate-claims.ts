import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ReliabilityGrade } from "@/lib/db/generated/enums";
import { estimateClaimsSql, toEstimateClaimRow, type EstimateClaimFilter, type EstimateClaimRow } from "./estimate-claims-query";

type Reader = Db | Prisma.TransactionClient;

export async function loadEstimateClaims(db: Reader, projectId: string, filter: EstimateClaimFilter): Promise<EstimateClaimRow[]> {
  const rows = await db.$queryRaw<unknown[]>(estimateClaimsSql(projectId, filter));
  return rows.map(toEstimateClaimRow);
}

/**
 * The grades of the project's sources: entities' own, and named parties' by
 * normalised name. For a few claims (one subject's), only the entities they
 * can name are read: those their chains start at, and those whose name or an
 * alias equals a party name in case-insensitive comparison (accents and
 * punctuation aside, which the resolver then compares exactly). A project of
 * tens of thousands of entities is otherwise read whole on every request.
 */
export async function loadReliabilityGrades(db: Reader, projectId: string, rows?: readonly EstimateClaimRow[]) {
  const namedBy = rows && {
    ids: [...new Set(rows.flatMap((row) => row.origin?.entityId ?? []))],
    names: [...new Set(rows.flatMap((row) => (row.origin?.partyName ? partyNameForms(row.origin.partyName) : [])))],
  };
  const entities = namedBy
    ? await db.$queryRaw<{ id: string; name: string; aliases: string[]; reliability: ReliabilityGrade | null }[]>`
        SELECT id, name, aliases, reliability FROM "Entity"
        WHERE "projectId" = ${projectId} AND "mergedIntoId" IS NULL
          AND (id = ANY(${namedBy.ids}::text[]) OR lower(name) = ANY(${namedBy.names}::text[])
               OR EXISTS (SELECT 1 FROM unnest(aliases) alias WHERE lower(alias) = ANY(${namedBy.names}::text[])))`
    : await db.entity.findMany({ where: { projectId, mergedIntoId: null }, select: { id: true, name: true, aliases: true, reliability: true } });
  const parties = await db.partyReliability.findMany({ where: { projectId }, select: { name: true, grade: true } });
  return { entities, parties: new Map<string, ReliabilityGrade>(parties.map((party) => [party.name, party.grade])) };
}

/** "The Interior Ministry." → "the interior ministry.", "the interior ministry", "interior ministry": what an entity's name may be. */
function partyNameForms(partyName: string): string[] {
  const lowered = partyName.trim().toLowerCase();
  const bare = lowered.replace(/^[\s"'“”‘’.,;:]+|[\s"'“”‘’.,;:]+$/g, "");
  return [lowered, bare, bare.replace(/^the /, "")];
}
