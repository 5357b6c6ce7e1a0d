import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ReplaceVagueLexiconInput } from "@/lib/vocabulary/vague-lexicon-input";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { effectiveVagueLexicon, type VagueLexiconView } from "./get-vague-lexicon";

/**
 * Replaces the project's reading of vague amounts with a whole new list
 * (owners only), or with `null` goes back to the default. Saved suggestions
 * are not re-read: the list applies to what is suggested from now on. A save
 * that changes nothing writes nothing and is not audited.
 */
export async function replaceVagueLexicon(
  db: Db,
  { actor, projectId, input }: { actor: Actor; projectId: string; input: ReplaceVagueLexiconInput },
): Promise<VagueLexiconView> {
  return db.$transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "vocabulary:manage");
    // The row lock makes two owners' saves take turns, so each audit event's "before" is the list the save replaced.
    const [stored] = await tx.$queryRaw<{ vagueQuantities: unknown }[]>`SELECT "vagueQuantities" FROM "Project" WHERE id = ${projectId} FOR UPDATE`;
    const before = stored?.vagueQuantities ?? null;
    if (isDeepStrictEqual(before, input.entries)) return effectiveVagueLexicon(tx, projectId);
    await tx.project.update({ where: { id: projectId }, data: { vagueQuantities: input.entries ?? Prisma.DbNull } });
    await writeAudit(tx, {
      projectId,
      actor,
      action: "project.vague_lexicon_update",
      objectType: "Project",
      objectId: projectId,
      before: { vagueQuantities: before },
      after: { vagueQuantities: input.entries },
    });
    return effectiveVagueLexicon(tx, projectId);
  });
}
