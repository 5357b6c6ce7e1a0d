import type { ReliabilityGrade } from "@/lib/db/generated/enums";
import { estimate, type Estimate, type EstimateClaim } from "@/lib/estimates/estimate";
import type { EstimateRule } from "@/lib/estimates/rule";
import { groupByUnit } from "@/lib/estimates/units";
import { originReliabilityReader, type GradedOrigins } from "@/lib/grading/origin-reliability";
import type { EstimateClaimRow } from "./estimate-claims-query";

// No "server-only" marker: the export weighs its claims with this too, outside Next.js.

export interface UnitEstimate extends Estimate {
  subject: { id: string; name: string };
  property: { id: string; key: string };
  qualifiers: EstimateClaimRow["qualifiers"];
  event: EstimateClaimRow["subjectEvent"];
}

export interface EstimateSettings {
  estimateRule: EstimateRule["kind"];
  isGradingEnabled: boolean;
  excludedReliability: ReliabilityGrade[];
  excludedCredibility: number[];
}

/** One estimate per unit of the claims (ordered by subject and property), under the project's rule; grades count only when grading is on. */
export function estimateUnits(
  rows: readonly EstimateClaimRow[],
  grades: GradedOrigins,
  settings: EstimateSettings,
  statuses: "approved" | "all",
): UnitEstimate[] {
  const graded = settings.isGradingEnabled;
  const rule: EstimateRule = {
    kind: settings.estimateRule,
    excludedReliability: graded ? settings.excludedReliability : [],
    excludedCredibility: graded ? settings.excludedCredibility : [],
  };
  const readOrigin = originReliabilityReader(grades);
  const toEstimateClaim = (row: EstimateClaimRow): EstimateClaim => {
    const { origin, grade: reliability } = readOrigin(row.origin ?? undefined);
    return {
      id: row.id,
      value: row.value,
      status: row.status,
      rank: row.rank,
      rankReason: row.rankReason,
      origin,
      relayedBy: row.relayedBy,
      derivedFromId: row.derivedFromId,
      reliability: graded ? reliability : null,
      credibility: graded ? row.credibility : null,
    };
  };
  return groupByUnit(rows).map((unit) => {
    const first = unit[0]!;
    return {
      subject: { id: first.subjectId, name: first.subjectName },
      property: { id: first.propertyId, key: first.propertyKey },
      qualifiers: first.qualifiers,
      event: first.subjectEvent,
      ...estimate(unit.map(toEstimateClaim), { rule, statuses }),
    };
  });
}

