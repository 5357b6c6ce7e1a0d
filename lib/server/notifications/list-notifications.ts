import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { notificationView } from "./notification-view";
import { inboxQuerySchema } from "@/lib/notifications/inbox-input";

/** Only notifications from projects the user still belongs to. */
export function inboxWhere(actor: Actor): Prisma.NotificationWhereInput {
  return { userId: actor.userId, project: { memberships: { some: { userId: actor.userId } } } };
}

/** The actor's own inbox, newest first, with the unread count. */
export async function listNotifications(db: Db, actor: Actor, query: z.output<typeof inboxQuerySchema>) {
  const where = inboxWhere(actor);
  const [rows, unreadCount] = await Promise.all([
    db.notification.findMany({
      where: query.unread ? { ...where, readAt: null } : where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: query.limit,
      include: { project: { select: { slug: true, name: true } } },
    }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  return { notifications: rows.map(notificationView), unreadCount };
}
