"use client";

import { FormError } from "@/components/ui/form-error";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatTimestamp } from "@/lib/format/timestamp";
import { ApiRequestError } from "@/lib/client/api-fetch";
import type { NotificationView } from "@/lib/server/notifications/notification-view";
import { NotificationText } from "./notification-text";
import { callApi } from "@/lib/client/api-client";
import { markInboxReadRoute } from "@/lib/api/contract/reviews";

/**
 * The inbox, newest first; unread items stand out. Opening one marks it read,
 * and everything can be marked read at once. The header count follows on refresh.
 */
export function InboxList({ initial }: { initial: NotificationView[] }) {
  const router = useRouter();
  const [notifications, setNotifications] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const unread = notifications.filter((n) => !n.isRead);

  async function markRead(body: { ids: string[] } | { all: true }) {
    try {
      await callApi(markInboxReadRoute, { body });
      const ids = "ids" in body ? new Set(body.ids) : null;
      setNotifications((current) => current.map((n) => (!ids || ids.has(n.id) ? { ...n, isRead: true } : n)));
      setError(null);
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiRequestError ? caught.message : "Could not mark as read. Try again.");
    }
  }

  if (notifications.length === 0) return <p className="empty">Nothing here yet: decisions on your claims and mentions of you will appear here.</p>;
  return (
    <div className="stack">
      <div className="inbox__actions">
        <p className="muted">{unread.length} unread</p>
        <button type="button" className="button button--small" disabled={unread.length === 0} onClick={() => void markRead({ all: true })}>
          Mark all as read
        </button>
      </div>
      <FormError message={error} />
      <ol className="inbox-list" aria-label="Notifications, newest first">
        {notifications.map((notification) => (
          <li key={notification.id} className={`inbox-item${notification.isRead ? "" : " inbox-item--unread"}`} data-testid="inbox-item">
            <p className="inbox-item__text">
              {notification.isRead ? null : <span className="visually-hidden">Unread: </span>}
              <NotificationText notification={notification} />
            </p>
            <p className="inbox-item__meta muted">
              {notification.project.name} ·{" "}
              <time dateTime={notification.createdAt}>{formatTimestamp(notification.createdAt)}</time>
            </p>
            <p className="inbox-item__actions">
              <Link
                href={notification.href}
                onClick={() => {
                  if (!notification.isRead) void markRead({ ids: [notification.id] });
                }}
              >
                Open
              </Link>
              {notification.isRead ? null : (
                <button type="button" className="button button--small button--quiet" onClick={() => void markRead({ ids: [notification.id] })}>
                  Mark as read
                </button>
              )}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
