import "server-only";
import type { Db } from "@/lib/db/client";
import { estimate, type Estimate, type EstimateClaim } from "@/lib/estimates/estimate";
import { normalizePartyName, originResolver } from "@/lib/estimates/origin";
import type { EstimateRule } from "@/lib/estimates/rule";
import { groupByUnit } from "@/lib/estimates/units";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { loadEstimateClaims, loadReliabilityGrades, type EstimateClaimFilter, type EstimateClaimRow } from "./estimate-claims";

export interface EstimateRequest extends EstimateClaimFilter {
  statuses: "approved" | "all";
}

export interface UnitEstimate extends Estimate {
  subject: { id: string; name: string };
  property: { id: string; key: string };
  qualifiers: EstimateClaimRow["qualifiers"];
}

/**
 * One estimate per (subject, property, qualifiers) of the project's
 * quantity claims, computed on read under the project's rule: nothing is
 * stored, so an estimate is as current as the claims it reads.
 */
export async function listEstimates(db: Db, actor: Actor, projectId: string, request: EstimateRequest): Promise<UnitEstimate[]> {
  await requireProjectPermission(db, actor, projectId, "project:read");
  const [project, rows, grades] = await Promise.all([
    db.project.findUniqueOrThrow({
      where: { id: projectId },
      select: { estimateRule: true, isGradingEnabled: true, excludedReliability: true, excludedCredibility: true },
    }),
    loadEstimateClaims(db, projectId, request),
    loadReliabilityGrades(db, projectId),
  ]);
  const rule: EstimateRule = project.isGradingEnabled
    ? { kind: project.estimateRule, excludedReliability: project.excludedReliability, excludedCredibility: project.excludedCredibility }
    : { kind: project.estimateRule, excludedReliability: [], excludedCredibility: [] };
  const resolveOrigin = originResolver(grades.entities);
  const entityGrade = new Map(grades.entities.map((entity) => [entity.id, entity.reliability]));
  const toEstimateClaim = (row: EstimateClaimRow): EstimateClaim => {
    const origin = resolveOrigin(row.origin ?? undefined);
    const reliability = origin.key.startsWith("entity:")
      ? (entityGrade.get(origin.key.slice("entity:".length)) ?? null)
      : (grades.parties.get(normalizePartyName(origin.label)) ?? null);
    return {
      id: row.id,
      value: row.value,
      status: row.status,
      rank: row.rank,
      rankReason: row.rankReason,
      origin,
      relayedBy: row.relayedBy,
      derivedFromId: row.derivedFromId,
      reliability: project.isGradingEnabled ? reliability : null,
      credibility: project.isGradingEnabled ? row.credibility : null,
    };
  };
  return groupByUnit(rows).map((unit) => {
    const first = unit[0]!;
    return {
      subject: { id: first.subjectId, name: first.subjectName },
      property: { id: first.propertyId, key: first.propertyKey },
      qualifiers: first.qualifiers,
      ...estimate(unit.map(toEstimateClaim), { rule, statuses: request.statuses }),
    };
  });
}
