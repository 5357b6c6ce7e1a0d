import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { NotFoundError } from "../errors";

/** Where an annotation lives, for links that only know its id (e.g. a comment notification). */
export async function locateAnnotation(db: Db, actor: Actor, annotationId: string) {
  const annotation = await db.annotation.findUnique({ where: { id: annotationId }, select: { projectId: true, sourceId: true } });
  if (!annotation) throw new NotFoundError("Annotation");
  await requireProjectPermission(db, actor, annotation.projectId, "project:read", "Annotation");
  return annotation;
}
