import "server-only";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { ForbiddenError } from "../errors";

type Reader = Db | Prisma.TransactionClient;

/**
 * Blindness of coding rounds, in the data layer (issue 19). While a blind
 * round on a source is open, each of its coders sees on that source only the
 * highlights and claims they made themselves — also those made before the
 * round, since another coder's earlier reading would unblind them just the
 * same. People who are not coders of the round (the owner who opened it, a
 * reviewer) see everything. These fragments are AND-ed into a reader's
 * `where`, so every list that uses them hides the same rows.
 */

/** The rounds in which `actor` codes blind and that are still open. */
function openBlindRoundsOf(actor: Pick<Actor, "userId">): Prisma.CodingRoundWhereInput {
  return { status: "open", isBlind: true, coders: { some: { userId: actor.userId } } };
}

/** The sources on which `actor` codes in a blind round that is still open. */
function blindForActor(actor: Pick<Actor, "userId">): Prisma.SourceWhereInput {
  return { codingRounds: { some: openBlindRoundsOf(actor) } };
}

export interface Blindness {
  /** The actor codes in an open blind round of the project: the fragments below filter. */
  isBlind: boolean;
  /** The sources of those rounds: for readers in raw SQL, with `visibleClaimSql` and `visibleAnnotationSql`. */
  sourceIds: string[];
  claims: Prisma.ClaimWhereInput;
  annotations: Prisma.AnnotationWhereInput;
  /** Conflicts all of whose claims the actor may see: one with a hidden claim explains that claim's value. */
  conflicts: Prisma.ConflictWhereInput;
  /** Candidates taken up or dismissed: another coder's would tell which figures they coded. */
  dismissals: Prisma.SuggestionDismissalWhereInput;
}

/**
 * The fragments for `actor` in one project: the filters below while they code
 * in an open blind round there, else none. Nearly nobody codes blind at any
 * moment, and the filters are subqueries per row, so lists of many thousand
 * claims or conflicts pay for them only while they matter.
 */
export async function blindnessIn(db: Reader, actor: Pick<Actor, "userId">, projectId: string): Promise<Blindness> {
  const sourceIds = await blindSourceIds(db, actor, projectId);
  if (sourceIds.length === 0) return { isBlind: false, sourceIds, claims: {}, annotations: {}, conflicts: {}, dismissals: {} };
  return {
    isBlind: true,
    sourceIds,
    claims: visibleClaimsWhere(actor),
    annotations: visibleAnnotationsWhere(actor),
    conflicts: visibleConflictsWhere(actor),
    dismissals: { OR: [{ dismissedById: actor.userId }, { NOT: { source: blindForActor(actor) } }] },
  };
}

/**
 * A dataset version is the project's, shared by everyone who exports it, and
 * is read from SQL the fragments cannot join: a coder of an open blind round
 * exports (and downloads stored versions) once the round has closed.
 */
export async function refuseExportWhileBlind(db: Reader, actor: Pick<Actor, "userId">, projectId: string): Promise<void> {
  if ((await blindnessIn(db, actor, projectId)).isBlind) {
    throw new ForbiddenError("You code blind in an open coding round of this project: export once the round has closed, since a dataset holds every coder's claims.");
  }
}

export interface HiddenObjects {
  claimIds: string[];
  annotationIds: string[];
  conflictIds: string[];
  /** Comments on those claims, highlights and conflicts. */
  commentIds: string[];
}

/**
 * What blindness hides from `actor`, by id, in every project where they code
 * in an open blind round (or only in `projectId`): for records that name a
 * claim, highlight, conflict or comment by id alone (audit events,
 * notifications), where the fragments above cannot be joined. Hidden rows are
 * those of one source per round, so the lists stay short.
 */
export async function hiddenObjects(db: Db, actor: Pick<Actor, "userId">, projectId?: string): Promise<HiddenObjects> {
  const rounds = await db.codingRound.findMany({ where: { ...(projectId ? { projectId } : {}), ...openBlindRoundsOf(actor) }, select: { projectId: true } });
  if (rounds.length === 0) return { claimIds: [], annotationIds: [], conflictIds: [], commentIds: [] };
  const inProjects = { projectId: { in: [...new Set(rounds.map((round) => round.projectId))] } };
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  const [claimIds, annotationIds, conflictIds] = await Promise.all([
    db.claim.findMany({ where: { ...inProjects, NOT: visibleClaimsWhere(actor) }, select: { id: true } }).then(ids),
    db.annotation.findMany({ where: { ...inProjects, NOT: visibleAnnotationsWhere(actor) }, select: { id: true } }).then(ids),
    db.conflict.findMany({ where: { ...inProjects, NOT: visibleConflictsWhere(actor) }, select: { id: true } }).then(ids),
  ]);
  const comments = await db.comment.findMany({
    where: { ...inProjects, OR: [{ claimId: { in: claimIds } }, { annotationId: { in: annotationIds } }, { conflictId: { in: conflictIds } }] },
    select: { id: true },
  });
  return { claimIds, annotationIds, conflictIds, commentIds: ids(comments) };
}

function visibleConflictsWhere(actor: Pick<Actor, "userId">): Prisma.ConflictWhereInput {
  return { members: { every: { claim: visibleClaimsWhere(actor) } } };
}

/** Annotations (highlights) `actor` may see: their own, or on no source they code blind. */
function visibleAnnotationsWhere(actor: Pick<Actor, "userId">): Prisma.AnnotationWhereInput {
  return { OR: [{ createdById: actor.userId }, { NOT: { source: blindForActor(actor) } }] };
}

/** Claims `actor` may see: their own, or with no evidence on a source they code blind. */
export function visibleClaimsWhere(actor: Pick<Actor, "userId">): Prisma.ClaimWhereInput {
  return { OR: [{ createdById: actor.userId }, { evidence: { none: { annotation: { source: blindForActor(actor) } } } }] };
}

/** The projects in which `actor` codes in an open blind round: usually none. */
export async function projectsCodedBlindBy(db: Reader, actor: Pick<Actor, "userId">): Promise<string[]> {
  const rounds = await db.codingRound.findMany({ where: openBlindRoundsOf(actor), select: { projectId: true }, distinct: ["projectId"] });
  return rounds.map((round) => round.projectId);
}

/**
 * The sources of the project on which `actor` codes in an open blind round:
 * usually none. For readers in raw SQL, with `visibleClaimSql`.
 */
export async function blindSourceIds(db: Reader, actor: Pick<Actor, "userId">, projectId: string): Promise<string[]> {
  const rounds = await db.codingRound.findMany({ where: { projectId, ...openBlindRoundsOf(actor) }, select: { sourceId: true } });
  return rounds.map((round) => round.sourceId);
}

/**
 * `visibleClaimsWhere` in SQL, for the claim aliased `claim`: its author is
 * the actor, or none of its evidence lies on a source they code blind.
 */
export function visibleClaimSql(actor: Pick<Actor, "userId">, blindSources: string[]): Prisma.Sql {
  if (blindSources.length === 0) return Prisma.sql`TRUE`;
  return Prisma.sql`(claim."createdById" = ${actor.userId} OR NOT EXISTS (
    SELECT 1 FROM "Evidence" blind_evidence JOIN "Annotation" blind_annotation ON blind_annotation.id = blind_evidence."annotationId"
    WHERE blind_evidence."claimId" = claim.id AND blind_annotation."sourceId" = ANY(${blindSources}::text[])))`;
}

/** `visibleAnnotationsWhere` in SQL, for the annotation aliased `annotation`. */
export function visibleAnnotationSql(actor: Pick<Actor, "userId">, blindSources: string[]): Prisma.Sql {
  if (blindSources.length === 0) return Prisma.sql`TRUE`;
  return Prisma.sql`(annotation."createdById" = ${actor.userId} OR NOT annotation."sourceId" = ANY(${blindSources}::text[]))`;
}
