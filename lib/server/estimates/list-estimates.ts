import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { blindnessIn } from "../coding-rounds/blind-visibility";
import { loadEstimateClaims, loadReliabilityGrades } from "./estimate-claims";
import type { EstimateClaimFilter } from "./estimate-claims-query";
import { estimateUnits, type UnitEstimate } from "./estimate-units";

export interface EstimateRequest extends EstimateClaimFilter {
  statuses: "approved" | "all";
}

/**
 * One estimate per (subject, property, qualifiers) of the project's
 * quantity claims, computed on read under the project's rule: nothing is
 * stored, so an estimate is as current as the claims it reads.
 */
export async function listEstimates(db: Db, actor: Actor, projectId: string, request: EstimateRequest): Promise<UnitEstimate[]> {
  await requireProjectPermission(db, actor, projectId, "project:read");
  const [settings, allRows, blindness] = await Promise.all([
    db.project.findUniqueOrThrow({
      where: { id: projectId },
      select: { estimateRule: true, isGradingEnabled: true, excludedReliability: true, excludedCredibility: true },
    }),
    loadEstimateClaims(db, projectId, request),
    blindnessIn(db, actor, projectId),
  ]);
  // The estimate's query is SQL; a coder of an open blind round gets it without the claims hidden from them.
  const visible = blindness.isBlind
    ? new Set((await db.claim.findMany({ where: { id: { in: allRows.map((row) => row.id) }, AND: [blindness.claims] }, select: { id: true } })).map((claim) => claim.id))
    : null;
  const rows = visible ? allRows.filter((row) => visible.has(row.id)) : allRows;
  // A whole project's estimates read every entity anyway; one subject's need only those its claims name.
  const grades = await loadReliabilityGrades(db, projectId, request.subjectId || request.propertyId ? rows : undefined);
  return estimateUnits(rows, grades, settings, request.statuses);
}
