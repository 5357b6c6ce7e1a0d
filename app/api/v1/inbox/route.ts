import { listInboxRoute } from "@/lib/api/contract/reviews";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { listNotifications } from "@/lib/server/notifications/list-notifications";

export const GET = handle(listInboxRoute, ({ actor, query }) => listNotifications(db(), actor, query));
