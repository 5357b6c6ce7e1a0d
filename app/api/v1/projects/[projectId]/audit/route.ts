import { listAuditRoute } from "@/lib/api/contract/reviews";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";

export const GET = handle(listAuditRoute, ({ actor, params, query }) => listAuditEvents(db(), actor, params.projectId, query));
