import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { EstimateSettingsView } from "@/lib/grading/grading-input";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";

type Reader = Db | Prisma.TransactionClient;

export async function readEstimateSettings(db: Reader, projectId: string): Promise<EstimateSettingsView> {
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { estimateRule: true, isGradingEnabled: true, excludedReliability: true, excludedCredibility: true },
  });
  return {
    rule: project.estimateRule,
    isGradingEnabled: project.isGradingEnabled,
    excludedReliability: [...project.excludedReliability].sort(),
    excludedCredibility: [...project.excludedCredibility].sort(),
  };
}

/** Any member may see the rule the project's estimates follow, and whether grades are shown and weighed. */
export async function getEstimateSettings(db: Db, { actor, projectId }: { actor: Actor; projectId: string }): Promise<EstimateSettingsView> {
  await requireProjectPermission(db, actor, projectId, "project:read");
  return readEstimateSettings(db, projectId);
}
