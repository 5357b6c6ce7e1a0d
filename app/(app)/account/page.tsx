import type { Metadata } from "next";
import { ApiTokenList } from "@/components/account/api-token-list";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { db } from "@/lib/db/client";
import { listApiTokens } from "@/lib/server/auth/api-tokens";
import { requirePageActor } from "@/lib/server/auth/current-actor";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const actor = await requirePageActor("/account");
  return (
    <section className="stack account" aria-labelledby="account-title">
      <h1 id="account-title">Your account</h1>
      <p className="muted">
        {actor.name} · {actor.email}
      </p>
      <ApiTokenList initialTokens={await listApiTokens(db(), actor)} />
      <ChangePasswordForm />
    </section>
  );
}
