import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { Db } from "@/lib/db/client";
import { citationAuthorsSchema } from "@/lib/projects/citation-input";
import type { ProjectSettingsInput } from "@/lib/projects/project-input";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { RECOMPUTE_TIMEOUT_MS, recomputeConflicts } from "../conflicts/recompute-project";

const settingsSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  divergenceThreshold: true,
  requiredApprovals: true,
  licence: true,
  citationAuthors: true,
  doi: true,
  contactName: true,
  contactEmail: true,
} as const;

/**
 * Changes a project's name, description, divergence threshold, required
 * approvals or dataset metadata (licence, citation, contact; owners only). Only what changes is written and audited; a new
 * threshold recomputes every conflict in the same transaction.
 */
export async function updateProjectSettings(db: Db, { actor, projectId, input }: { actor: Actor; projectId: string; input: ProjectSettingsInput }) {
  return db.$transaction(
    async (tx) => {
      await requireProjectPermission(tx, actor, projectId, "project:manage");
      const before = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: settingsSelect });
      const changed = Object.fromEntries(
        Object.entries(input).filter(([key, value]) => value !== undefined && !isDeepStrictEqual(value, before[key as keyof typeof before])),
      ) as ProjectSettingsInput;
      if (Object.keys(changed).length === 0) return settingsView(before);
      const after = await tx.project.update({ where: { id: projectId }, data: changed, select: settingsSelect });
      const recomputed = changed.divergenceThreshold === undefined ? undefined : await recomputeConflicts(tx, projectId, actor);
      await writeAudit(tx, {
        projectId,
        actor,
        action: "project.update",
        objectType: "Project",
        objectId: projectId,
        before: Object.fromEntries(Object.keys(changed).map((key) => [key, before[key as keyof typeof before]])),
        after: { ...changed, ...(recomputed ? { recomputed } : {}) },
      });
      return settingsView(after);
    },
    { timeout: RECOMPUTE_TIMEOUT_MS },
  );
}

/** The stored authors are JSON to the database: read back through the schema they were written with. */
function settingsView<T extends { citationAuthors: unknown }>(row: T) {
  return { ...row, citationAuthors: citationAuthorsSchema.parse(row.citationAuthors) };
}
