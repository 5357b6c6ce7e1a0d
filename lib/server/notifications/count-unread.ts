import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { inboxWhere } from "./list-notifications";

/** For the header's inbox link. */
export async function countUnread(db: Db, actor: Actor): Promise<number> {
  return db.notification.count({ where: { ...(await inboxWhere(db, actor)), readAt: null } });
}
