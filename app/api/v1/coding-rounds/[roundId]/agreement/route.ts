import { getRoundAgreementRoute } from "@/lib/api/contract/coding-rounds";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { getRoundAgreement } from "@/lib/server/coding-rounds/get-round-agreement";

export const GET = handle(getRoundAgreementRoute, ({ actor, params }) => getRoundAgreement(db(), { actor, roundId: params.roundId }));
