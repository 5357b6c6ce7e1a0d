import "server-only";
import type { Db } from "@/lib/db/client";
import { errorCodes } from "@/lib/errors/error-codes";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { ConflictError } from "../errors";
import { codingRoundInclude, codingRoundView, loadCodingRound, lockCodingRound, type CodingRoundView } from "./coding-round-record";

/** An owner closes a round before every coder is done; every coder then sees everything. */
export async function closeCodingRound(db: Db, { actor, roundId }: { actor: Actor; roundId: string }): Promise<CodingRoundView> {
  return db.$transaction(async (tx) => {
    await lockCodingRound(tx, roundId);
    const { round } = await loadCodingRound(tx, actor, roundId);
    await requireProjectPermission(tx, actor, round.projectId, "project:manage", "Coding round");
    if (round.status !== "open") throw new ConflictError("This coding round is closed already.", undefined, errorCodes.notOpen);
    const closed = await tx.codingRound.update({ where: { id: roundId }, data: { status: "closed", closedAt: new Date() }, include: codingRoundInclude });
    await writeAudit(tx, {
      projectId: round.projectId,
      actor,
      action: "coding_round.close",
      objectType: "CodingRound",
      objectId: roundId,
      before: { status: "open" },
      after: { status: "closed", reason: "closed_by_owner" },
    });
    return codingRoundView(closed);
  });
}
