import Link from "next/link";
import { db } from "@/lib/db/client";
import { isInstanceAdmin } from "@/lib/server/admin/accounts";
import { currentActor } from "@/lib/server/auth/current-actor";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { InboxLink } from "@/components/inbox/inbox-link";

export async function AppHeader() {
  const actor = await currentActor();
  const isAdmin = actor ? await isInstanceAdmin(db(), actor) : false;
  return (
    <header className="app-header">
      <Link href="/projects" className="brand">
        Provenance Editor
      </Link>
      {actor ? (
        <nav aria-label="Account" className="app-header__account">
          <Link href="/projects">Projects</Link>
          {isAdmin ? <Link href="/admin/users">Accounts</Link> : null}
          <InboxLink />
          <Link href="/account" className="muted" data-testid="signed-in-as">
            {actor.name}
          </Link>
          <SignOutButton />
        </nav>
      ) : null}
    </header>
  );
}
