import type { Metadata } from "next";
import { InboxList } from "@/components/inbox/inbox-list";
import { db } from "@/lib/db/client";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listNotifications } from "@/lib/server/notifications/list-notifications";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  const actor = await requirePageActor("/inbox");
  const { notifications } = await listNotifications(db(), actor, { limit: 100 });
  return (
    <div className="stack">
      <header className="page-header">
        <h1>Inbox</h1>
        <p className="muted">Review decisions on your claims and comments that mention you.</p>
      </header>
      <InboxList initial={notifications} />
    </div>
  );
}
