import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { errorCodes, type ErrorCode } from "@/lib/errors/error-codes";
import { invitationState, unusableInvitationMessages, type AcceptInvitationInput, type InvitationState } from "@/lib/invitations/invitation-input";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { hashToken } from "../auth/api-tokens";
import { createAccountIn } from "../auth/create-account";
import { hashPassword } from "../auth/password";
import { ConflictError, ForbiddenError, GoneError, NotFoundError, ValidationError } from "../errors";

type Tx = Prisma.TransactionClient;

const goneCodes: Record<Exclude<InvitationState, "pending">, ErrorCode> = {
  accepted: errorCodes.invitationAccepted,
  revoked: errorCodes.invitationRevoked,
  expired: errorCodes.invitationExpired,
};

/** The invitation behind a link, locked, or why it no longer works. */
async function usableInvitation(tx: Tx, token: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Invitation" WHERE "tokenHash" = ${hashToken(token)} FOR UPDATE`;
  if (!locked) throw new NotFoundError("This invitation link");
  const invitation = await tx.invitation.findUniqueOrThrow({ where: { id: locked.id }, include: { project: { select: { id: true, slug: true, name: true } } } });
  const state = invitationState(invitation);
  if (state !== "pending") throw new GoneError(unusableInvitationMessages[state], goneCodes[state]);
  return invitation;
}

/**
 * Turns a link into a membership, once. Someone signed in joins with their
 * account, which must be the invited address; someone without an account
 * gets one for the invited address with the name and password they chose.
 * The invitation's row lock makes a second, simultaneous use find it used.
 */
export async function acceptInvitation(db: Db, actor: Actor | null, input: AcceptInvitationInput) {
  if (!actor && (!input.name || !input.password)) {
    throw new ValidationError("Choose your name and a password to create your account, or sign in first.", [
      ...(input.name ? [] : [{ path: "name", message: "Enter your name" }]),
      ...(input.password ? [] : [{ path: "password", message: "Choose a password of at least 12 characters" }]),
    ]);
  }
  const passwordHash = actor ? null : await hashPassword(input.password!);
  return db.$transaction(async (tx) => {
    const invitation = await usableInvitation(tx, input.token);
    if (actor && actor.email !== invitation.email) {
      throw new ForbiddenError(
        `This invitation is for ${invitation.email}, and you are signed in as ${actor.email}. Sign out, then open the link again.`,
        errorCodes.wrongAccount,
      );
    }
    const newAccount = actor ? null : await createAccountIn(tx, { email: invitation.email, name: input.name!, passwordHash: passwordHash! }, "invitation");
    const member = actor ?? newAccount!;
    const existing = await tx.membership.findUnique({ where: { projectId_userId: { projectId: invitation.projectId, userId: member.userId } } });
    if (existing) throw new ConflictError(`You are already a member of ${invitation.project.name}.`, undefined, errorCodes.alreadyMember);
    const membership = await tx.membership.create({ data: { projectId: invitation.projectId, userId: member.userId, role: invitation.role } });
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date(), acceptedById: member.userId } });
    await writeAudit(tx, {
      projectId: invitation.projectId,
      actor: member,
      action: "invitation.accept",
      objectType: "Invitation",
      objectId: invitation.id,
      after: { userId: member.userId, email: member.email, role: invitation.role, newAccount: !actor },
    });
    await writeAudit(tx, {
      projectId: invitation.projectId,
      actor: member,
      action: "membership.create",
      objectType: "Membership",
      objectId: membership.id,
      after: { userId: member.userId, email: member.email, role: invitation.role },
    });
    return {
      project: invitation.project,
      member: { userId: member.userId, email: member.email, name: member.name, role: invitation.role },
      /** The account the link created, to sign it in; the API answer leaves it out. */
      newAccount,
    };
  });
}

export interface InvitationPreview {
  state: InvitationState;
  email: string;
  role: Role;
  projectName: string;
  projectSlug: string;
  invitedBy: string;
  expiresAt: Date;
  hasAccount: boolean;
}

/** What the invitation page shows to whoever holds the link: the link is the secret, so no session is needed. */
export async function previewInvitation(db: Db, token: string): Promise<InvitationPreview | null> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { project: { select: { name: true, slug: true } }, createdBy: { select: { name: true } } },
  });
  if (!invitation) return null;
  const account = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return {
    state: invitationState(invitation),
    email: invitation.email,
    role: invitation.role,
    projectName: invitation.project.name,
    projectSlug: invitation.project.slug,
    invitedBy: invitation.createdBy.name,
    expiresAt: invitation.expiresAt,
    hasAccount: account !== null,
  };
}
