import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { sourceSummary } from "./source-views";

export async function listSources(db: Db, actor: Actor, projectId: string) {
  await requireProjectPermission(db, actor, projectId, "project:read");
  const sources = await db.source.findMany({
    where: { projectId },
    orderBy: { createdAt: "asc" },
    include: { revisions: { orderBy: { number: "desc" }, take: 1, omit: { text: true } } },
  });
  return sources.map((source) => sourceSummary(source, source.revisions[0]));
}
