import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";

/**
 * Blindness of coding rounds, in the data layer (issue 19). While a blind
 * round on a source is open, each of its coders sees on that source only the
 * highlights and claims they made themselves — also those made before the
 * round, since another coder's earlier reading would unblind them just the
 * same. People who are not coders of the round (the owner who opened it, a
 * reviewer) see everything. These fragments are AND-ed into a reader's
 * `where`, so every list that uses them hides the same rows.
 */

/** The sources on which `actor` codes in a blind round that is still open. */
function blindForActor(actor: Pick<Actor, "userId">): Prisma.SourceWhereInput {
  return { codingRounds: { some: { status: "open", isBlind: true, coders: { some: { userId: actor.userId } } } } };
}

export interface Blindness {
  /** The actor codes in an open blind round of the project: the fragments below filter. */
  isBlind: boolean;
  claims: Prisma.ClaimWhereInput;
  annotations: Prisma.AnnotationWhereInput;
}

/**
 * The fragments for `actor` in one project: the filters below while they code
 * in an open blind round there, else none. Nearly nobody codes blind at any
 * moment, and the filters are subqueries per row, so lists of many thousand
 * claims or conflicts pay for them only while they matter.
 */
export async function blindnessIn(db: Db, actor: Pick<Actor, "userId">, projectId: string): Promise<Blindness> {
  const codesBlind = await db.codingRound.count({
    where: { projectId, status: "open", isBlind: true, coders: { some: { userId: actor.userId } } },
  });
  return codesBlind === 0
    ? { isBlind: false, claims: {}, annotations: {} }
    : { isBlind: true, claims: visibleClaimsWhere(actor), annotations: visibleAnnotationsWhere(actor) };
}

/** Annotations (highlights) `actor` may see: their own, or on no source they code blind. */
function visibleAnnotationsWhere(actor: Pick<Actor, "userId">): Prisma.AnnotationWhereInput {
  return { OR: [{ createdById: actor.userId }, { NOT: { source: blindForActor(actor) } }] };
}

/** Claims `actor` may see: their own, or with no evidence on a source they code blind. */
export function visibleClaimsWhere(actor: Pick<Actor, "userId">): Prisma.ClaimWhereInput {
  return { OR: [{ createdById: actor.userId }, { evidence: { none: { annotation: { source: blindForActor(actor) } } } }] };
}
