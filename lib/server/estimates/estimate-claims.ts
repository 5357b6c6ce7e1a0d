import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ReliabilityGrade } from "@/lib/db/generated/enums";
import { estimateClaimsQuery, toEstimateClaimRow, type EstimateClaimFilter, type EstimateClaimRow } from "./estimate-claims-query";

type Reader = Db | Prisma.TransactionClient;

export async function loadEstimateClaims(db: Reader, projectId: string, filter: EstimateClaimFilter): Promise<EstimateClaimRow[]> {
  const { text, values } = estimateClaimsQuery(projectId, filter);
  const rows = await db.$queryRawUnsafe<unknown[]>(text, ...values);
  return rows.map(toEstimateClaimRow);
}

/** The grades of the project's sources: entities' own, and named parties' by normalised name. */
export async function loadReliabilityGrades(db: Reader, projectId: string) {
  const [entities, parties] = await Promise.all([
    db.entity.findMany({ where: { projectId, mergedIntoId: null }, select: { id: true, name: true, aliases: true, reliability: true } }),
    db.partyReliability.findMany({ where: { projectId }, select: { name: true, grade: true } }),
  ]);
  return { entities, parties: new Map<string, ReliabilityGrade>(parties.map((party) => [party.name, party.grade])) };
}
