import "server-only";
import { describeClaimValue } from "@/lib/claims/describe-claim-value";
import { claimValueSchema } from "@/lib/claims/value";
import { attributionName } from "@/lib/conflicts/attribution-name";
import { conflictFingerprint } from "@/lib/conflicts/fingerprint";
import { describeManualFlag } from "@/lib/conflicts/manual-explanation";
import type { Db } from "@/lib/db/client";
import { ConflictKind, Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { ConflictError, ValidationError } from "../errors";
import type { FlagConflictInput } from "@/lib/conflicts/conflict-input";
import { loadConflictView } from "./conflict-view";
import { errorCodes } from "@/lib/errors/error-codes";

/**
 * Records a disagreement no rule can see (the Malian government's
 * "offensive reconnaissance" against Le Monde's "no airstrikes"): two or
 * more claims of the project, from any sources, and the person's rationale.
 * The same claims are never in conflict twice: a manual flag, or a detected
 * conflict that is open or was decided by a person, over exactly these
 * claims answers 409 naming it (reopen that one instead). A detected
 * conflict that closed itself does not count: the rules no longer see a
 * disagreement, so a person may.
 */
export async function flagConflict(db: Db, actor: Actor, projectId: string, input: FlagConflictInput) {
  return db.$transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "conflict:flag");
    const claims = await tx.claim.findMany({
      where: { id: { in: input.claimIds }, projectId, isDeleted: false },
      include: {
        subject: { select: { name: true } },
        property: { select: { label: true } },
        valueEntity: { select: { name: true } },
        attributions: { orderBy: { position: "asc" }, include: { entity: { select: { name: true } }, source: { select: { title: true } } } },
      },
    });
    const found = new Map(claims.map((claim) => [claim.id, claim]));
    const missing = input.claimIds.flatMap((id, index) => (found.has(id) ? [] : [{ path: `claimIds.${index}`, message: "No claim with this id in this project" }]));
    if (missing.length) throw new ValidationError("Some of the selected claims are not claims of this project.", missing);

    const fingerprints = Object.values(ConflictKind).map((kind) => conflictFingerprint(kind, input.claimIds));
    const existing = await tx.conflict.findFirst({
      where: { projectId, fingerprint: { in: fingerprints }, isClosedAutomatically: false },
      select: { id: true, kind: true, status: true },
    });
    if (existing) throw alreadyInConflict(existing);

    const ordered = input.claimIds.flatMap((id) => found.get(id) ?? []);
    const explanation = describeManualFlag(
      ordered.map((claim) => ({
        attributedTo: attributionName(claim.attributions.map((link) => ({ role: link.role, label: link.entity?.name ?? link.partyName ?? link.source?.title ?? "" }))),
        subject: claim.subject.name,
        property: claim.property.label,
        valueText: describeClaimValue(claimValueSchema.parse(claim.value), claim.valueEntity?.name),
      })),
    );
    const fingerprint = conflictFingerprint("manual", input.claimIds);
    const conflict = await tx.conflict
      .create({
        data: {
          projectId,
          kind: "manual",
          isManual: true,
          fingerprint,
          explanation,
          rationale: input.rationale,
          createdById: actor.userId,
          members: { create: input.claimIds.map((claimId) => ({ claimId })) },
        },
        select: { id: true },
      })
      .catch((error: unknown) => {
        // A flag of the same claims committed between the check and the insert.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
          throw new ConflictError("These claims were flagged a moment ago by someone else.", undefined, errorCodes.duplicateConflict);
        }
        throw error;
      });
    await writeAudit(tx, {
      projectId,
      actor,
      action: "conflict.flag",
      objectType: "Conflict",
      objectId: conflict.id,
      after: { kind: "manual", claimIds: input.claimIds, rationale: input.rationale, explanation },
    });
    return loadConflictView(tx, conflict.id);
  });
}

function alreadyInConflict(existing: { id: string; kind: ConflictKind; status: string }): ConflictError {
  const what = existing.kind === "manual" ? "already flagged" : `already detected as a ${existing.kind}`;
  const advice = existing.status === "open" ? "" : ` (now ${existing.status}; reopen it instead)`;
  return new ConflictError(`These claims are ${what}${advice}.`, { conflictId: existing.id }, errorCodes.duplicateConflict);
}
