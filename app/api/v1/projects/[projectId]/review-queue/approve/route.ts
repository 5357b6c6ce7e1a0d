import { bulkApproveRoute } from "@/lib/api/contract/reviews";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { bulkApprove } from "@/lib/server/reviews/bulk-approve";

export const POST = handle(bulkApproveRoute, ({ actor, params, body }) => bulkApprove(db(), actor, params.projectId, body));
