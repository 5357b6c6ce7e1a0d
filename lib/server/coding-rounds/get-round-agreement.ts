import "server-only";
import type { AgreementReport } from "@/lib/agreement/agreement-report-schema";
import { agreementReport } from "@/lib/agreement/agreement-report";
import { buildUnits, type CodedClaim } from "@/lib/agreement/units";
import { claimValueSchema, qualifiersSchema } from "@/lib/claims/value";
import type { Db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import type { Actor } from "../actor";
import { ForbiddenError } from "../errors";
import { claimOriginGrades } from "../grading/claim-origin-grades";
import { loadCodingRound } from "./coding-round-record";

/**
 * The agreement report of a round (lib/agreement/agreement-report.ts) over the
 * claims its coders coded in it, for members of its project.
 *
 * While a blind round is open only owners may read it: the report names each
 * coder's values where they disagree, which would show a coder the other's
 * coding before they are done. Once the round is closed, or when it is not
 * blind, every member may.
 *
 * Evidence spans are read where the source's current revision places them
 * (an orphaned highlight has no place and no span), so every coder's spans are
 * compared on one text.
 */
export async function getRoundAgreement(db: Db, { actor, roundId }: { actor: Actor; roundId: string }): Promise<AgreementReport> {
  const { round, access } = await loadCodingRound(db, actor, roundId);
  if (round.isBlind && round.status === "open" && !can(access.role, "project:manage")) {
    throw new ForbiddenError("While this blind round is open, only owners read its agreement: it would show each coder the others' values.");
  }
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
  const coded: CodedClaim[] = claims.map((claim) => ({
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
  return agreementReport({ coders: coderIds, units: buildUnits(coded) });
}
