import "server-only";
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

/** Annotations (highlights) `actor` may see: their own, or on no source they code blind. */
export function visibleAnnotationsWhere(actor: Pick<Actor, "userId">): Prisma.AnnotationWhereInput {
  return { OR: [{ createdById: actor.userId }, { NOT: { source: blindForActor(actor) } }] };
}

/** Claims `actor` may see: their own, or with no evidence on a source they code blind. */
export function visibleClaimsWhere(actor: Pick<Actor, "userId">): Prisma.ClaimWhereInput {
  return { OR: [{ createdById: actor.userId }, { evidence: { none: { annotation: { source: blindForActor(actor) } } } }] };
}
