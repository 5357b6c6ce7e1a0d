import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountTable } from "@/components/admin/account-table";
import { db } from "@/lib/db/client";
import { isInstanceAdmin, listUsers } from "@/lib/server/admin/accounts";
import { requirePageActor } from "@/lib/server/auth/current-actor";

export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage() {
  const actor = await requirePageActor("/admin/users");
  // To everyone but an administrator the page does not exist.
  if (!(await isInstanceAdmin(db(), actor))) notFound();
  return (
    <section className="stack" aria-labelledby="accounts-title">
      <h1 id="accounts-title">Accounts</h1>
      <p className="muted">Everyone with an account on this instance. Disabling one ends its sessions and API tokens at once; its work stays.</p>
      <AccountTable initialAccounts={await listUsers(db(), actor)} selfId={actor.userId} />
    </section>
  );
}
