import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { Db } from "@/lib/db/client";
import { citationAuthorsSchema } from "@/lib/projects/citation-input";
import type { ProjectSettingsInput } from "@/lib/projects/project-input";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { enqueueRecomputeJob } from "../jobs/enqueue-recompute-job";

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
 * threshold queues the recomputation of every conflict in the same transaction, as a job the answer names.
 */
export async function updateProjectSettings(db: Db, { actor, projectId, input }: { actor: Actor; projectId: string; input: ProjectSettingsInput }) {
  return db.$transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "project:manage");
    const before = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: settingsSelect });
    const changed = Object.fromEntries(
      Object.entries(input).filter(([key, value]) => value !== undefined && !isDeepStrictEqual(value, before[key as keyof typeof before])),
    ) as ProjectSettingsInput;
    if (Object.keys(changed).length === 0) return { project: settingsView(before) };
    const after = await tx.project.update({ where: { id: projectId }, data: changed, select: settingsSelect });
    const recomputeJob = changed.divergenceThreshold === undefined ? undefined : await enqueueRecomputeJob(tx, { actor, projectId, reason: "divergence_threshold" });
    await writeAudit(tx, {
      projectId,
      actor,
      action: "project.update",
      objectType: "Project",
      objectId: projectId,
      before: Object.fromEntries(Object.keys(changed).map((key) => [key, before[key as keyof typeof before]])),
      after: { ...changed, ...(recomputeJob ? { recomputeJobId: recomputeJob.id } : {}) },
    });
    return { project: settingsView(after), ...(recomputeJob ? { recomputeJob } : {}) };
  });
}

/** The stored authors are JSON to the database: read back through the schema they were written with. */
function settingsView<T extends { citationAuthors: unknown }>(row: T) {
  return { ...row, citationAuthors: citationAuthorsSchema.parse(row.citationAuthors) };
}
