import "server-only";
import type { Db } from "@/lib/db/client";
import type { ReliabilityGrade } from "@/lib/db/generated/enums";
import { can } from "@/lib/permissions";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { claimOriginGrades } from "./claim-origin-grades";

export interface OriginGradeView {
  label: string;
  /** Set when the origin is an entity, whose grade is the entity's; otherwise the grade is the named party's. */
  entityId: string | null;
  grade: ReliabilityGrade | null;
}

export interface ClaimGradingView {
  isGradingEnabled: boolean;
  canGrade: boolean;
  /** By claim id; empty while grading is off, since grades are then neither shown nor weighed. */
  origins: Record<string, OriginGradeView>;
}

/** What a page shows of the grading of some claims of a project: each one's origin with its reliability. */
export async function getClaimGrading(db: Db, actor: Actor, projectId: string, claimIds: readonly string[]): Promise<ClaimGradingView> {
  const { role } = await requireProjectPermission(db, actor, projectId, "project:read");
  const { isGradingEnabled } = await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { isGradingEnabled: true } });
  const view: ClaimGradingView = { isGradingEnabled, canGrade: can(role, "source:grade"), origins: {} };
  if (!isGradingEnabled) return view;
  for (const [claimId, { origin, grade }] of await claimOriginGrades(db, projectId, claimIds)) {
    if (origin.key === "unattributed") continue;
    view.origins[claimId] = { label: origin.label, entityId: origin.key.startsWith("entity:") ? origin.key.slice("entity:".length) : null, grade };
  }
  return view;
}
