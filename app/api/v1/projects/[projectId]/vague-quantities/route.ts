import { getVagueLexiconRoute, replaceVagueLexiconRoute } from "@/lib/api/contract/teams";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { getVagueLexicon } from "@/lib/server/suggestions/get-vague-lexicon";
import { replaceVagueLexicon } from "@/lib/server/suggestions/replace-vague-lexicon";

export const GET = handle(getVagueLexiconRoute, ({ actor, params }) => getVagueLexicon(db(), { actor, projectId: params.projectId }));

export const PUT = handle(replaceVagueLexiconRoute, ({ actor, params, body }) => replaceVagueLexicon(db(), { actor, projectId: params.projectId, input: body }));
