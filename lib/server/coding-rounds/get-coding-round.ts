import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { codingRoundView, loadCodingRound, type CodingRoundView } from "./coding-round-record";

/** A round, its coders and who is done, for members of its project (who codes a round is no secret, what they coded is). */
export async function getCodingRound(db: Db, { actor, roundId }: { actor: Actor; roundId: string }): Promise<CodingRoundView> {
  return codingRoundView((await loadCodingRound(db, actor, roundId)).round);
}
