import { markInboxReadRoute } from "@/lib/api/contract/reviews";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";

export const POST = handle(markInboxReadRoute, ({ actor, body }) => markNotificationsRead(db(), actor, body));
