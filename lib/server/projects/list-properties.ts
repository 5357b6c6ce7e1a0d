import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";

/** The project's claim vocabulary. */
export async function listProperties(db: Db, actor: Actor, projectId: string) {
  await requireProjectPermission(db, actor, projectId, "project:read");
  return db.property.findMany({
    where: { projectId },
    orderBy: { label: "asc" },
    select: { id: true, key: true, label: true, valueType: true, isSingleValued: true, description: true, archivedAt: true },
  });
}
export type VocabularyProperty = Awaited<ReturnType<typeof listProperties>>[number];
