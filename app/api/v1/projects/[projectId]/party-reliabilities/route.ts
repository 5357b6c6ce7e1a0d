import { listPartyReliabilitiesRoute, setPartyReliabilityRoute } from "@/lib/api/contract/grading";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { listPartyReliabilities } from "@/lib/server/grading/list-party-reliabilities";
import { setPartyReliability } from "@/lib/server/grading/set-party-reliability";

export const GET = handle(listPartyReliabilitiesRoute, async ({ actor, params }) => ({
  parties: await listPartyReliabilities(db(), { actor, projectId: params.projectId }),
}));

export const PUT = handle(setPartyReliabilityRoute, async ({ actor, params, body }) => ({
  parties: await setPartyReliability(db(), { actor, projectId: params.projectId, input: body }),
}));
