import { notificationSchema, type CommentTargetType } from "@/lib/notifications/notification-payload";

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
      : commentTargetHref(base, content.payload.target);
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

function commentTargetHref(base: string, target: { type: CommentTargetType; id: string }): string {
  if (target.type === "claim") return `${base}/claims/${target.id}`;
  if (target.type === "annotation") return `${base}/annotations/${target.id}`;
  return `${base}/conflicts?conflictId=${encodeURIComponent(target.id)}`;
}
