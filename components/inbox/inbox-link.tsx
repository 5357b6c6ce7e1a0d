import Link from "next/link";
import { db } from "@/lib/db/client";
import { currentActor } from "@/lib/server/auth/current-actor";
import { countUnread } from "@/lib/server/notifications/count-unread";

/** The header's link to the inbox with the unread count; nothing when signed out. */
export async function InboxLink() {
  const actor = await currentActor();
  if (!actor) return null;
  const unread = await countUnread(db(), actor);
  return (
    <Link href="/inbox" className="inbox-link" aria-label={unread > 0 ? `Inbox, ${unread} unread` : "Inbox"} data-testid="inbox-link">
      Inbox
      {unread > 0 ? (
        <span className="badge inbox-link__count" aria-hidden="true">
          {unread}
        </span>
      ) : null}
    </Link>
  );
}
