import { updateProjectRoute } from "@/lib/api/contract/foundation";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { updateProjectSettings } from "@/lib/server/projects/update-project";

export const PATCH = handle(updateProjectRoute, ({ actor, params, body }) => updateProjectSettings(db(), { actor, projectId: params.projectId, input: body }));
