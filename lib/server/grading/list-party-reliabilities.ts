import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ReliabilityGrade } from "@/lib/db/generated/enums";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";

type Reader = Db | Prisma.TransactionClient;

export interface PartyReliabilityView {
  /** Normalised: how chains' party names are matched to it. */
  name: string;
  /** As it was last graded. */
  label: string;
  grade: ReliabilityGrade;
  updatedAt: string;
}

export async function readPartyReliabilities(db: Reader, projectId: string): Promise<PartyReliabilityView[]> {
  const rows = await db.partyReliability.findMany({ where: { projectId }, orderBy: { name: "asc" } });
  return rows.map((row) => ({ name: row.name, label: row.label, grade: row.grade, updatedAt: row.updatedAt.toISOString() }));
}

/** The graded named parties (origins that are no entity) of a project; any member may read them. */
export async function listPartyReliabilities(db: Db, { actor, projectId }: { actor: Actor; projectId: string }): Promise<PartyReliabilityView[]> {
  await requireProjectPermission(db, actor, projectId, "project:read");
  return readPartyReliabilities(db, projectId);
}
