import { notificationSchema } from "./notification-payload";

interface NotificationRow {
  id: string;
  kind: string;
  payload: unknown;
  readAt: Date | null;
  createdAt: Date;
  project: { slug: string; name: string };
}

/** A notification as the inbox shows it, with the page it points to. */
export function notificationView(row: NotificationRow) {
  const content = notificationSchema.parse({ kind: row.kind, payload: row.payload });
  const base = `/projects/${row.project.slug}`;
  const href =
    content.kind === "review.decision"
      ? `${base}/claims/${content.payload.claimId}`
      : content.payload.target.type === "claim"
        ? `${base}/claims/${content.payload.target.id}`
        : `${base}/conflicts?conflictId=${encodeURIComponent(content.payload.target.id)}`;
  return {
    id: row.id,
    ...content,
    project: row.project,
    href,
    isRead: row.readAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}
export type NotificationView = ReturnType<typeof notificationView>;
