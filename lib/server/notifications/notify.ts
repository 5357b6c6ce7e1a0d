import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { notificationSchema, type NotificationContent } from "@/lib/notifications/notification-payload";

/**
 * Puts a notification in each recipient's inbox, inside the caller's
 * transaction so it exists exactly when the change it reports does.
 */
export async function notify(
  tx: Prisma.TransactionClient,
  recipients: readonly string[],
  projectId: string,
  content: NotificationContent,
): Promise<void> {
  if (recipients.length === 0) return;
  const { kind, payload } = notificationSchema.parse(content);
  await tx.notification.createMany({
    data: [...new Set(recipients)].map((userId) => ({ userId, projectId, kind, payload })),
  });
}
