import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { errorCodes } from "@/lib/errors/error-codes";
import type { CreatePropertyInput, UpdatePropertyInput } from "@/lib/vocabulary/property-input";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { claimRecordInclude } from "../claims/claim-record";
import { updateClaimSearch } from "../claims/claim-search";
import { enqueueRecomputeJob } from "../jobs/enqueue-recompute-job";
import { ConflictError, NotFoundError } from "../errors";

type Tx = Prisma.TransactionClient;

const propertySelect = { id: true, key: true, label: true, valueType: true, isSingleValued: true, description: true, archivedAt: true } as const;
type PropertyRow = Prisma.PropertyGetPayload<{ select: typeof propertySelect }>;

export type PropertyWithUsage = Omit<PropertyRow, "archivedAt"> & { archivedAt: string | null; claimCount: number };

function view(row: PropertyRow, claimCount: number): PropertyWithUsage {
  return { ...row, archivedAt: row.archivedAt?.toISOString() ?? null, claimCount };
}

async function claimCountOf(tx: Tx | Db, propertyId: string): Promise<number> {
  return tx.claim.count({ where: { propertyId, isDeleted: false } });
}

/** The project's vocabulary with how many live claims use each property, archived ones included. */
export async function listVocabulary(db: Db, actor: Actor, projectId: string): Promise<PropertyWithUsage[]> {
  await requireProjectPermission(db, actor, projectId, "project:read");
  const rows = await db.property.findMany({
    where: { projectId },
    orderBy: [{ label: "asc" }, { id: "asc" }],
    select: { ...propertySelect, _count: { select: { claims: { where: { isDeleted: false } } } } },
  });
  return rows.map(({ _count, ...row }) => view(row, _count.claims));
}

export async function createProperty(db: Db, { actor, projectId, input }: { actor: Actor; projectId: string; input: CreatePropertyInput }) {
  return db.$transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "vocabulary:manage");
    const taken = await tx.property.findUnique({ where: { projectId_key: { projectId, key: input.key } }, select: { label: true } });
    if (taken) throw new ConflictError(`The key "${input.key}" is taken by ${taken.label}; choose another.`, undefined, errorCodes.duplicate);
    const row = await tx.property.create({ data: { projectId, ...input }, select: propertySelect });
    await writeAudit(tx, { projectId, actor, action: "property.create", objectType: "Property", objectId: row.id, after: input });
    return view(row, 0);
  });
}

/** A property with its row locked, so a change and a claim that starts using it take turns. */
async function lockedProperty(tx: Tx, actor: Actor, propertyId: string) {
  const [locked] = await tx.$queryRaw<{ projectId: string }[]>`SELECT "projectId" FROM "Property" WHERE id = ${propertyId} FOR UPDATE`;
  if (!locked) throw new NotFoundError("That property");
  await requireProjectPermission(tx, actor, locked.projectId, "vocabulary:manage", "That property");
  return tx.property.findUniqueOrThrow({ where: { id: propertyId }, select: { ...propertySelect, projectId: true } });
}

/**
 * Changes a property's label, description, value type or cardinality. The
 * value type is fixed while claims use it (their values would no longer fit);
 * a new label reaches the claims' search, and a new cardinality their conflicts
 * (a recompute job, queued in the same transaction).
 */
export async function updateProperty(db: Db, { actor, propertyId, input }: { actor: Actor; propertyId: string; input: UpdatePropertyInput }) {
  return db.$transaction(
    async (tx) => {
      const before = await lockedProperty(tx, actor, propertyId);
      const changed = Object.fromEntries(
        Object.entries(input).filter(([key, value]) => value !== undefined && !isDeepStrictEqual(value, before[key as keyof typeof before])),
      ) as UpdatePropertyInput;
      const claimCount = await claimCountOf(tx, propertyId);
      if (Object.keys(changed).length === 0) return view(before, claimCount);
      if (changed.valueType && claimCount > 0) {
        throw new ConflictError(
          `${before.label} is used by ${claimCount} claim${claimCount === 1 ? "" : "s"}, so its value type stays ${before.valueType}. Create a new property for ${changed.valueType} values and archive this one.`,
          { claimCount },
          errorCodes.propertyInUse,
        );
      }
      const after = await tx.property.update({ where: { id: propertyId }, data: changed, select: propertySelect });
      if (changed.label !== undefined) {
        const claims = await tx.claim.findMany({ where: { propertyId, isDeleted: false }, include: claimRecordInclude });
        for (const claim of claims) await updateClaimSearch(tx, claim);
      }
      if (changed.isSingleValued !== undefined) await enqueueRecomputeJob(tx, { actor, projectId: before.projectId, reason: "property_cardinality" });
      await writeAudit(tx, {
        projectId: before.projectId,
        actor,
        action: "property.update",
        objectType: "Property",
        objectId: propertyId,
        before: Object.fromEntries(Object.keys(changed).map((key) => [key, before[key as keyof typeof before]])),
        after: changed,
      });
      return view(after, claimCount);
    },
    // A new label rewrites the search vector of every claim of the property, one by one.
    { timeout: 120_000 },
  );
}

/** Retires a property (new claims cannot use it; its claims keep it) or brings it back. */
export async function setPropertyArchived(db: Db, { actor, propertyId, isArchived }: { actor: Actor; propertyId: string; isArchived: boolean }) {
  return db.$transaction(async (tx) => {
    const before = await lockedProperty(tx, actor, propertyId);
    const claimCount = await claimCountOf(tx, propertyId);
    if ((before.archivedAt !== null) === isArchived) return view(before, claimCount);
    const after = await tx.property.update({ where: { id: propertyId }, data: { archivedAt: isArchived ? new Date() : null }, select: propertySelect });
    await writeAudit(tx, {
      projectId: before.projectId,
      actor,
      action: isArchived ? "property.archive" : "property.restore",
      objectType: "Property",
      objectId: propertyId,
      before: { archivedAt: before.archivedAt?.toISOString() ?? null },
      after: { archivedAt: after.archivedAt?.toISOString() ?? null },
    });
    return view(after, claimCount);
  });
}
