"use server";

import { db } from "@/lib/db/client";
import { currentActor } from "@/lib/server/auth/current-actor";
import { revokeSessions } from "@/lib/server/auth/revoke-sessions";

/** Signing out ends every session and API token of the user, not just this cookie. */
export async function signOutEverywhere(): Promise<void> {
  const actor = await currentActor();
  if (actor) await revokeSessions(db(), actor, "sign_out");
}
