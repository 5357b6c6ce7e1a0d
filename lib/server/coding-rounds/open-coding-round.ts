import "server-only";
import type { OpenCodingRoundInput } from "@/lib/agreement/coding-round-input";
import type { Db } from "@/lib/db/client";
import { errorCodes } from "@/lib/errors/error-codes";
import { can } from "@/lib/permissions";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from "../errors";
import { codingRoundInclude, codingRoundView, type CodingRoundView } from "./coding-round-record";

export interface OpenCodingRoundOptions {
  actor: Actor;
  sourceId: string;
  input: OpenCodingRoundInput;
}

/**
 * Opens a coding round on a source for the coders an owner names (issue 19).
 * The project comes from the source; only its owners open rounds. Every coder
 * must be a member who may create claims (a viewer codes nothing). A source
 * has at most one open round at a time: two would make "the round" a claim
 * belongs to ambiguous, and their blindness would overlap.
 */
export async function openCodingRound(db: Db, { actor, sourceId, input }: OpenCodingRoundOptions): Promise<CodingRoundView> {
  return db.$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: sourceId }, select: { projectId: true } });
    if (!source) throw new NotFoundError("Source");
    const { projectId } = await requireProjectPermission(tx, actor, source.projectId, "project:manage", "Source");

    // The source's row lock orders two owners opening a round on it at the same moment.
    await tx.$queryRaw`SELECT id FROM "Source" WHERE id = ${sourceId} FOR UPDATE`;
    const alreadyOpen = await tx.codingRound.findFirst({ where: { sourceId, status: "open" }, select: { id: true } });
    if (alreadyOpen) {
      throw new ConflictError("This source already has an open coding round: close it before opening another.", { roundId: alreadyOpen.id }, errorCodes.alreadyOpen);
    }

    const memberships = await tx.membership.findMany({ where: { projectId, userId: { in: input.coderIds } }, select: { userId: true, role: true } });
    const roleOf = new Map(memberships.map((membership) => [membership.userId, membership.role]));
    const issues: FieldIssue[] = input.coderIds.flatMap((userId, index) => {
      const role = roleOf.get(userId);
      if (!role) return [{ path: `coderIds.${index}`, message: `${userId} is not a member of this project` }];
      if (!can(role, "claim:create")) return [{ path: `coderIds.${index}`, message: `${userId} is a ${role} and cannot create claims` }];
      return [];
    });
    if (issues.length > 0) throw new ValidationError(`These coders cannot code in this project: ${issues.map((issue) => issue.message).join("; ")}.`, issues);

    const round = await tx.codingRound.create({
      data: {
        projectId,
        sourceId,
        isBlind: input.isBlind,
        openedById: actor.userId,
        coders: { create: input.coderIds.map((userId, position) => ({ userId, position })) },
      },
      include: codingRoundInclude,
    });
    await writeAudit(tx, {
      projectId,
      actor,
      action: "coding_round.open",
      objectType: "CodingRound",
      objectId: round.id,
      after: { sourceId, isBlind: input.isBlind, coderIds: input.coderIds },
    });
    return codingRoundView(round);
  });
}
