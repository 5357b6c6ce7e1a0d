import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
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
      <ChangePasswordForm />
    </section>
  );
}
