import "server-only";
import type { AgreementReport } from "@/lib/agreement/agreement-report-schema";
import { agreementReport } from "@/lib/agreement/agreement-report";
import type { Db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import type { Actor } from "../actor";
import { ForbiddenError } from "../errors";
import { loadCodingRound } from "./coding-round-record";
import { loadRoundUnits } from "./round-claims";

/**
 * The agreement report of a round (lib/agreement/agreement-report.ts) over the
 * claims its coders coded in it, for members of its project.
 *
 * While a blind round is open only owners may read it: the report names each
 * coder's values where they disagree, which would show a coder the other's
 * coding before they are done. Once the round is closed, or when it is not
 * blind, every member may.
 */
export async function getRoundAgreement(db: Db, { actor, roundId }: { actor: Actor; roundId: string }): Promise<AgreementReport> {
  const { round, access } = await loadCodingRound(db, actor, roundId);
  if (round.isBlind && round.status === "open" && !can(access.role, "project:manage")) {
    throw new ForbiddenError("While this blind round is open, only owners read its agreement: it would show each coder the others' values.");
  }
  return agreementReport({ coders: round.coders.map((coder) => coder.userId), units: await loadRoundUnits(db, round) });
}
