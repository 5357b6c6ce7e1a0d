import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { Db } from "@/lib/db/client";
import type { EstimateSettingsView } from "@/lib/grading/grading-input";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { readEstimateSettings } from "./get-estimate-settings";

/**
 * Sets the project's estimate rule and grading (owners only). Estimates are
 * computed on read, so they follow at once. A save that changes nothing
 * writes nothing and is not audited.
 */
export async function updateEstimateSettings(
  db: Db,
  { actor, projectId, input }: { actor: Actor; projectId: string; input: EstimateSettingsView },
): Promise<EstimateSettingsView> {
  return db.$transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "project:manage");
    // The row lock makes two owners' saves take turns, so each audit event's "before" is what the save replaced.
    await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${projectId} FOR UPDATE`;
    const before = await readEstimateSettings(tx, projectId);
    if (isDeepStrictEqual(before, input)) return before;
    await tx.project.update({
      where: { id: projectId },
      data: {
        estimateRule: input.rule,
        isGradingEnabled: input.isGradingEnabled,
        excludedReliability: input.excludedReliability,
        excludedCredibility: input.excludedCredibility,
      },
    });
    await writeAudit(tx, { projectId, actor, action: "project.estimate_rule_update", objectType: "Project", objectId: projectId, before, after: input });
    return input;
  });
}
