"use client";

import { signOut } from "next-auth/react";
import { useTransition } from "react";
import { signOutEverywhere } from "./sign-out-action";

export function SignOutButton() {
  const [isPending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="button button--quiet"
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          await signOutEverywhere();
          await signOut({ callbackUrl: "/sign-in" });
        })
      }
    >
      {isPending ? "Signing out…" : "Sign out"}
    </button>
  );
}
