import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";

/**
 * What the board's filters offer: only the entities, properties and sources
 * that some conflict's claims involve, so every choice finds something.
 */
export async function conflictBoardOptions(db: Db, actor: Actor, projectId: string) {
  await requireProjectPermission(db, actor, projectId, "project:read");
  const inConflict = { conflicts: { some: {} } };
  const [entities, properties, sources] = await Promise.all([
    db.entity.findMany({
      where: {
        projectId,
        mergedIntoId: null,
        OR: [
          { claimsAsSubject: { some: inConflict } },
          { claimsAsValue: { some: inConflict } },
          { attributions: { some: { claim: inConflict } } },
        ],
      },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.property.findMany({ where: { projectId, claims: { some: inConflict } }, select: { id: true, label: true }, orderBy: { label: "asc" } }),
    db.source.findMany({
      where: { projectId, annotations: { some: { evidence: { some: { claim: inConflict } } } } },
      select: { id: true, title: true },
      orderBy: { title: "asc" },
    }),
  ]);
  return { entities, properties, sources };
}
