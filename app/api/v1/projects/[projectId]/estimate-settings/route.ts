import { getEstimateSettingsRoute, updateEstimateSettingsRoute } from "@/lib/api/contract/grading";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { getEstimateSettings } from "@/lib/server/grading/get-estimate-settings";
import { updateEstimateSettings } from "@/lib/server/grading/update-estimate-settings";

export const GET = handle(getEstimateSettingsRoute, ({ actor, params }) => getEstimateSettings(db(), { actor, projectId: params.projectId }));

export const PUT = handle(updateEstimateSettingsRoute, ({ actor, params, body }) => updateEstimateSettings(db(), { actor, projectId: params.projectId, input: body }));
