import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { readEnv } from "@/lib/env";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { currentActor } from "@/lib/server/auth/current-actor";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; changed?: string }> }) {
  const { callbackUrl, changed } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await currentActor()) redirect(target);
  return (
    <section className="auth-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in</h1>
      <p className="muted">Read sources, highlight spans and record claims with their provenance.</p>
      {changed ? (
        <p role="status" className="form-success">
          Your password was changed and every session ended. Sign in with the new password.
        </p>
      ) : null}
      <SignInForm callbackUrl={target} />
      {readEnv().ALLOW_SIGNUP ? (
        <p className="muted">
          New here? <Link href="/sign-up">Create an account</Link>
        </p>
      ) : null}
    </section>
  );
}
