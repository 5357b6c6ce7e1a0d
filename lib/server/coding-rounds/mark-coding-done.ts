import "server-only";
import type { Db } from "@/lib/db/client";
import { errorCodes } from "@/lib/errors/error-codes";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { ConflictError, ForbiddenError } from "../errors";
import { codingRoundInclude, codingRoundView, loadCodingRound, lockCodingRound, type CodingRoundView } from "./coding-round-record";

/**
 * A coder of the round marks their part done. Marking it again changes
 * nothing. When the last coder is done the round closes itself in the same
 * transaction, and every coder then sees everything.
 */
export async function markCodingDone(db: Db, { actor, roundId }: { actor: Actor; roundId: string }): Promise<CodingRoundView> {
  return db.$transaction(async (tx) => {
    // Under the round's lock, two coders finishing at once both count, and exactly one of them closes it.
    await lockCodingRound(tx, roundId);
    const { round } = await loadCodingRound(tx, actor, roundId);
    const coder = round.coders.find((c) => c.userId === actor.userId);
    if (!coder) throw new ForbiddenError("Only the round's coders mark their part done.");
    if (round.status !== "open") throw new ConflictError("This coding round is closed already.", undefined, errorCodes.notOpen);
    if (coder.doneAt) return codingRoundView(round);

    const now = new Date();
    await tx.codingRoundCoder.update({ where: { roundId_userId: { roundId, userId: actor.userId } }, data: { doneAt: now } });
    const codersDone = round.coders.filter((c) => c.doneAt !== null).length + 1;
    const audited = { projectId: round.projectId, actor, objectType: "CodingRound", objectId: roundId } as const;
    await writeAudit(tx, { ...audited, action: "coding_round.done", after: { coderId: actor.userId, codersDone, coders: round.coders.length } });
    if (codersDone === round.coders.length) {
      await tx.codingRound.update({ where: { id: roundId }, data: { status: "closed", closedAt: now } });
      await writeAudit(tx, { ...audited, action: "coding_round.close", before: { status: "open" }, after: { status: "closed", reason: "all_coders_done" } });
    }
    return codingRoundView(await tx.codingRound.findUniqueOrThrow({ where: { id: roundId }, include: codingRoundInclude }));
  });
}
