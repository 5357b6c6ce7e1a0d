import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { markReadSchema } from "@/lib/notifications/inbox-input";

/**
 * Marks the actor's own notifications read: the listed ones, or all. Ids of
 * other people's notifications match nothing, so they cannot be touched or probed.
 */
export async function markNotificationsRead(db: Db, actor: Actor, input: z.output<typeof markReadSchema>) {
  const { count } = await db.notification.updateMany({
    where: { userId: actor.userId, readAt: null, ...("ids" in input ? { id: { in: input.ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { updated: count };
}
