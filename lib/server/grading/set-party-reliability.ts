import "server-only";
import type { Db } from "@/lib/db/client";
import { normalizePartyName } from "@/lib/estimates/origin";
import type { SetPartyReliabilityInput } from "@/lib/grading/grading-input";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { readPartyReliabilities, type PartyReliabilityView } from "./list-party-reliabilities";

/**
 * Grades a named party (owners and reviewers), or with `grade: null` takes
 * its grade away. The party is found by its normalised name, so "The Local
 * Sources" grades every chain that names "local sources". Audited; a save
 * that changes nothing is not.
 */
export async function setPartyReliability(
  db: Db,
  { actor, projectId, input }: { actor: Actor; projectId: string; input: SetPartyReliabilityInput },
): Promise<PartyReliabilityView[]> {
  return db.$transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "source:grade");
    const name = normalizePartyName(input.name);
    const key = { projectId_name: { projectId, name } };
    // Locked, so that of two graders' saves each audit event's "before" is what it replaced.
    const [stored] = await tx.$queryRaw<{ id: string; label: string; grade: PartyReliabilityView["grade"] }[]>`
      SELECT id, label, grade::text AS grade FROM "PartyReliability" WHERE "projectId" = ${projectId} AND name = ${name} FOR UPDATE`;
    if ((stored?.grade ?? null) === input.grade && (input.grade === null || stored?.label === input.name)) return readPartyReliabilities(tx, projectId);
    const row = input.grade
      ? await tx.partyReliability.upsert({
          where: key,
          create: { projectId, name, label: input.name, grade: input.grade },
          update: { label: input.name, grade: input.grade },
          select: { id: true },
        })
      : await tx.partyReliability.delete({ where: key, select: { id: true } });
    await writeAudit(tx, {
      projectId,
      actor,
      action: "party_reliability.update",
      objectType: "PartyReliability",
      objectId: row.id,
      before: { label: stored?.label ?? input.name, grade: stored?.grade ?? null },
      after: { label: input.name, grade: input.grade },
    });
    return readPartyReliabilities(tx, projectId);
  });
}
