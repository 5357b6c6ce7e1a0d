import { addRevisionRoute } from "@/lib/api/contract/sources";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { addRevision } from "@/lib/server/sources/add-revision";

export const POST = handle(addRevisionRoute, ({ actor, params, body }) => addRevision(db(), actor, params.sourceId, body));
