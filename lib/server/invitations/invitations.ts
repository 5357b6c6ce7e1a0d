import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { errorCodes } from "@/lib/errors/error-codes";
import { INVITATION_LIFETIME_DAYS, invitationPath, type CreateInvitationInput } from "@/lib/invitations/invitation-input";
import { roleLabels } from "@/lib/permissions";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { ConflictError, NotFoundError } from "../errors";
import { sendMail } from "../mail/send-mail";
import { hashToken } from "../auth/api-tokens";

const DAY_MS = 24 * 60 * 60 * 1000;

function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: string;
  createdAt: string;
  invitedBy: string;
}

export interface CreateInvitationOptions {
  actor: Actor;
  projectId: string;
  input: CreateInvitationInput;
  /** The app's public origin, for the link: https://provenance.example.org */
  origin: string;
}

/**
 * An owner invites an address with a role. The link is the only way in, so
 * it is returned (and mailed when SMTP_URL is set) and only its hash is kept.
 * Inviting an address again withdraws its earlier link.
 */
export async function createInvitation(db: Db, { actor, projectId, input, origin }: CreateInvitationOptions) {
  const { token, tokenHash } = newInvitationToken();
  const created = await db.$transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "member:manage");
    const member = await tx.membership.findFirst({ where: { projectId, user: { email: input.email } }, select: { role: true } });
    if (member) throw new ConflictError(`${input.email} is already a member (${roleLabels[member.role].toLowerCase()}).`, undefined, errorCodes.alreadyMember);
    const now = new Date();
    const replaced = await tx.invitation.updateMany({
      where: { projectId, email: input.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { revokedAt: now },
    });
    const invitation = await tx.invitation.create({
      data: { projectId, email: input.email, role: input.role, tokenHash, createdById: actor.userId, expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_DAYS * DAY_MS) },
      include: { project: { select: { name: true } }, createdBy: { select: { name: true } } },
    });
    await writeAudit(tx, {
      projectId,
      actor,
      action: "invitation.create",
      objectType: "Invitation",
      objectId: invitation.id,
      after: { email: input.email, role: input.role, expiresAt: invitation.expiresAt.toISOString(), replacedEarlier: replaced.count > 0 },
    });
    return invitation;
  });
  const url = new URL(invitationPath(token), origin).toString();
  const delivery = await sendMail({
    to: created.email,
    subject: `${created.createdBy.name} invites you to ${created.project.name}`,
    text: [
      `${created.createdBy.name} invites you to join the project "${created.project.name}" on Provenance Editor as ${roleLabels[created.role].toLowerCase()}.`,
      "",
      `Accept here (the link works once, until ${created.expiresAt.toUTCString()}):`,
      url,
    ].join("\n"),
  });
  return {
    id: created.id,
    email: created.email,
    role: created.role,
    expiresAt: created.expiresAt.toISOString(),
    url,
    token,
    mailed: delivery === "sent",
  };
}

/** The invitations of a project that can still be accepted, newest first (owners only). */
export async function listPendingInvitations(db: Db, actor: Actor, projectId: string): Promise<PendingInvitation[]> {
  await requireProjectPermission(db, actor, projectId, "member:manage");
  const rows = await db.invitation.findMany({
    where: { projectId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    include: { createdBy: { select: { name: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: row.role,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    invitedBy: row.createdBy.name,
  }));
}

/** Withdraws a link that has not been used; its holder then reads that it was withdrawn. */
export async function revokeInvitation(db: Db, { actor, projectId, invitationId }: { actor: Actor; projectId: string; invitationId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "member:manage");
    const invitation = await tx.invitation.findFirst({ where: { id: invitationId, projectId } });
    if (!invitation) throw new NotFoundError("That invitation");
    if (invitation.acceptedAt) throw new ConflictError(`${invitation.email} has already accepted: remove the member instead.`, undefined, errorCodes.invitationAccepted);
    if (invitation.revokedAt) return;
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
    await writeAudit(tx, { projectId, actor, action: "invitation.revoke", objectType: "Invitation", objectId: invitation.id, before: { email: invitation.email, role: invitation.role } });
  });
}
