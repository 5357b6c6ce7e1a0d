import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { readEnv } from "@/lib/env";
import { currentActor } from "@/lib/server/auth/current-actor";
import { SIGN_UP_CLOSED_MESSAGE } from "@/lib/server/auth/sign-up";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await currentActor()) redirect("/projects");
  const isOpen = readEnv().ALLOW_SIGNUP;
  return (
    <section className="auth-card" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">Create an account</h1>
      {isOpen ? <SignUpForm /> : <p>{SIGN_UP_CLOSED_MESSAGE}</p>}
      <p className="muted">
        Have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </section>
  );
}
