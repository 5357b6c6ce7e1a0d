import type { ReliabilityGrade } from "@/lib/db/generated/enums";
import { estimate, type Estimate, type EstimateClaim } from "@/lib/estimates/estimate";
import { normalizePartyName, originResolver, type KnownEntity, type Origin } from "@/lib/estimates/origin";
import type { EstimateRule } from "@/lib/estimates/rule";
import { groupByUnit } from "@/lib/estimates/units";
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

export interface ReliabilityGrades {
  entities: (KnownEntity & { reliability: ReliabilityGrade | null })[];
  /** By normalised party name. */
  parties: ReadonlyMap<string, ReliabilityGrade>;
}

/** One estimate per unit of the claims (ordered by subject and property), under the project's rule; grades count only when grading is on. */
export function estimateUnits(
  rows: readonly EstimateClaimRow[],
  grades: ReliabilityGrades,
  settings: EstimateSettings,
  statuses: "approved" | "all",
): UnitEstimate[] {
  const graded = settings.isGradingEnabled;
  const rule: EstimateRule = {
    kind: settings.estimateRule,
    excludedReliability: graded ? settings.excludedReliability : [],
    excludedCredibility: graded ? settings.excludedCredibility : [],
  };
  const resolveOrigin = originResolver(grades.entities);
  const reliabilityOf = reliabilityLookup(grades);
  const toEstimateClaim = (row: EstimateClaimRow): EstimateClaim => {
    const origin = resolveOrigin(row.origin ?? undefined);
    const reliability = reliabilityOf(origin);
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

/** An origin's reliability grade: an entity's own, or a named party's by its normalised name. */
export function reliabilityLookup(grades: ReliabilityGrades): (origin: Origin) => ReliabilityGrade | null {
  const entityGrade = new Map(grades.entities.map((entity) => [entity.id, entity.reliability]));
  return (origin) =>
    origin.key.startsWith("entity:")
      ? (entityGrade.get(origin.key.slice("entity:".length)) ?? null)
      : (grades.parties.get(normalizePartyName(origin.label)) ?? null);
}
