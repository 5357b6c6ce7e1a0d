import { z } from "zod";
import { Role } from "@/lib/db/generated/enums";
import { accountNameSchema, emailSchema, newPasswordSchema } from "@/lib/auth/account-input";

/** How long an invitation link works. */
export const INVITATION_LIFETIME_DAYS = 7;

export const createInvitationSchema = z.object({
  email: emailSchema.meta({ example: "reviewer@example.org" }),
  role: z.enum(Role),
});
export type CreateInvitationInput = z.output<typeof createInvitationSchema>;

/**
 * Accepting: someone without an account sends a name and a password and gets
 * an account for the invited address; someone signed in sends the token alone.
 */
export const acceptInvitationSchema = z.object({
  token: z.string().trim().min(1, "The invitation link is incomplete").max(200),
  name: accountNameSchema.optional(),
  password: newPasswordSchema.optional(),
});
export type AcceptInvitationInput = z.output<typeof acceptInvitationSchema>;

export type InvitationState = "pending" | "accepted" | "revoked" | "expired";

export function invitationState(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

/** Why a link no longer works, in the words its holder reads. */
export const unusableInvitationMessages: Record<Exclude<InvitationState, "pending">, string> = {
  accepted: "This invitation has already been used. Sign in to reach the project, or ask its owner for a new invitation.",
  revoked: "This invitation was withdrawn by the project's owner. Ask them for a new one if you still need access.",
  expired: `This invitation has expired (links work for ${INVITATION_LIFETIME_DAYS} days). Ask the project's owner for a new one.`,
};

export function invitationPath(token: string): string {
  return `/invitations/${encodeURIComponent(token)}`;
}
