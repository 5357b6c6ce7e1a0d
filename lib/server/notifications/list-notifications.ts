import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { hiddenObjects } from "../coding-rounds/blind-visibility";
import { notificationView } from "./notification-view";
import { inboxQuerySchema } from "@/lib/notifications/inbox-input";

/**
 * Only notifications from projects the user still belongs to, and none about a
 * claim, highlight or conflict an open blind round hides from them: those wait
 * in the inbox until the round closes.
 */
export async function inboxWhere(db: Db, actor: Actor): Promise<Prisma.NotificationWhereInput> {
  const where: Prisma.NotificationWhereInput = { userId: actor.userId, project: { memberships: { some: { userId: actor.userId } } } };
  const { claimIds, annotationIds, conflictIds } = await hiddenObjects(db, actor);
  const aboutHidden = [
    ...[...claimIds, ...annotationIds, ...conflictIds].map((id) => ({ payload: { path: ["target", "id"], equals: id } })),
    ...claimIds.map((id) => ({ payload: { path: ["claimId"], equals: id } })),
  ];
  return aboutHidden.length === 0 ? where : { ...where, NOT: { OR: aboutHidden } };
}

/** The actor's own inbox, newest first, with the unread count. */
export async function listNotifications(db: Db, actor: Actor, query: z.output<typeof inboxQuerySchema>) {
  const where = await inboxWhere(db, actor);
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
