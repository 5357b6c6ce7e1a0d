import "server-only";
import { buildUnits, type CodedClaim, type CodingUnit } from "@/lib/agreement/units";
import { claimValueSchema, qualifiersSchema } from "@/lib/claims/value";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { claimOriginGrades } from "../grading/claim-origin-grades";
import type { CodingRoundRecord } from "./coding-round-record";

type Reader = Db | Prisma.TransactionClient;

/**
 * The claims the round's coders coded in it, as lib/agreement compares them.
 * Claims of anyone else (a curator's own claim for a unit) are left out, so a
 * round's units stay the same before and after curation.
 *
 * Evidence spans are read where the source's current revision places them
 * (an orphaned highlight has no place and no span), so every coder's spans are
 * compared on one text.
 */
export async function loadCodedClaims(db: Reader, round: Pick<CodingRoundRecord, "id" | "projectId" | "sourceId" | "coders">): Promise<CodedClaim[]> {
  const coderIds = round.coders.map((coder) => coder.userId);
  const revision = await db.sourceRevision.findFirstOrThrow({ where: { sourceId: round.sourceId }, orderBy: { number: "desc" }, select: { id: true } });
  const claims = await db.claim.findMany({
    where: { codingRoundId: round.id, isDeleted: false, createdById: { in: coderIds } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      createdById: true,
      subjectId: true,
      propertyId: true,
      qualifiers: true,
      value: true,
      createdAt: true,
      updatedAt: true,
      evidence: {
        where: { annotation: { sourceId: round.sourceId } },
        select: { annotation: { select: { anchors: { where: { revisionId: revision.id }, select: { start: true, end: true } } } } },
      },
    },
  });
  const origins = await claimOriginGrades(db, round.projectId, claims.map((claim) => claim.id));
  return claims.map((claim) => ({
    id: claim.id,
    coderId: claim.createdById,
    sourceId: round.sourceId,
    subjectId: claim.subjectId,
    propertyId: claim.propertyId,
    qualifiers: qualifiersSchema.parse(claim.qualifiers),
    origin: origins.get(claim.id)?.origin ?? { key: "unattributed", label: "an unattributed source" },
    value: claimValueSchema.parse(claim.value),
    evidence: claim.evidence.flatMap(({ annotation }) =>
      annotation.anchors.flatMap((anchor) => (anchor.start === null || anchor.end === null ? [] : [{ start: anchor.start, end: anchor.end }])),
    ),
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
  }));
}

/** The round's units (lib/agreement/units.ts) over its coders' claims. */
export async function loadRoundUnits(db: Reader, round: Pick<CodingRoundRecord, "id" | "projectId" | "sourceId" | "coders">): Promise<CodingUnit[]> {
  return buildUnits(await loadCodedClaims(db, round));
}
