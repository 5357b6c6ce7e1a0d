import { suggestTextRoute } from "@/lib/api/contract/suggestions";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { suggestText } from "@/lib/server/suggestions/suggest-text";

export const POST = handle(suggestTextRoute, ({ actor, body }) => suggestText(db(), actor, body));
