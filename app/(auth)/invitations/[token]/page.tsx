import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { db } from "@/lib/db/client";
import { invitationPath, unusableInvitationMessages } from "@/lib/invitations/invitation-input";
import { formatTimestamp } from "@/lib/format/timestamp";
import { roleLabels } from "@/lib/permissions";
import { currentActor } from "@/lib/server/auth/current-actor";
import { previewInvitation } from "@/lib/server/invitations/accept-invitation";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const [invitation, actor] = await Promise.all([previewInvitation(db(), token), currentActor()]);
  if (!invitation) {
    return (
      <section className="auth-card" aria-labelledby="invitation-title">
        <h1 id="invitation-title">This invitation link is not valid</h1>
        <p>Check that the whole link was copied, or ask the project&apos;s owner to invite you again.</p>
      </section>
    );
  }
  const role = roleLabels[invitation.role].toLowerCase();
  const signInHere = `/sign-in?callbackUrl=${encodeURIComponent(invitationPath(token))}`;
  return (
    <section className="auth-card stack" aria-labelledby="invitation-title">
      <h1 id="invitation-title">Join {invitation.projectName}</h1>
      <p>
        {invitation.invitedBy} invites <strong>{invitation.email}</strong> to work on this project as {role}.
      </p>
      {invitation.state !== "pending" ? (
        <p role="alert" className="form-error">
          {unusableInvitationMessages[invitation.state]}
        </p>
      ) : actor && actor.email !== invitation.email ? (
        <>
          <p role="alert" className="form-error">
            You are signed in as {actor.email}, but this invitation is for {invitation.email}. Sign out, then open the link again.
          </p>
          <SignOutButton />
        </>
      ) : actor ? (
        <AcceptInvitationForm token={token} email={invitation.email} needsAccount={false} projectName={invitation.projectName} />
      ) : invitation.hasAccount ? (
        <p>
          {invitation.email} has an account already. <Link href={signInHere}>Sign in</Link> to accept.
        </p>
      ) : (
        <>
          <AcceptInvitationForm token={token} email={invitation.email} needsAccount projectName={invitation.projectName} />
          <p className="muted">The link works once, until {formatTimestamp(invitation.expiresAt)}.</p>
        </>
      )}
    </section>
  );
}
