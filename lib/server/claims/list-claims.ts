import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { ClaimStatus, type Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { claimRecordInclude } from "./claim-record";
import { claimView } from "./claim-view";

export const claimFiltersSchema = z.object({
  sourceId: z.string().min(1).optional(),
  entityId: z.string().min(1).optional(),
  propertyId: z.string().min(1).optional(),
  status: z.enum(ClaimStatus).optional(),
  /** An entity id or a party name anywhere in the attribution chain. */
  attributedTo: z.string().trim().min(1).max(200).optional(),
  hasConflict: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type ClaimFilters = z.output<typeof claimFiltersSchema>;

export async function listClaims(db: Db, actor: Actor, projectId: string, filters: ClaimFilters) {
  await requireProjectPermission(db, actor, projectId, "project:read");
  const where: Prisma.ClaimWhereInput = { projectId, isDeleted: false };
  const and: Prisma.ClaimWhereInput[] = [];
  if (filters.sourceId) and.push({ evidence: { some: { annotation: { sourceId: filters.sourceId } } } });
  if (filters.entityId) {
    and.push({
      OR: [
        { subjectId: filters.entityId },
        { valueEntityId: filters.entityId },
        { attributions: { some: { entityId: filters.entityId } } },
      ],
    });
  }
  if (filters.propertyId) and.push({ propertyId: filters.propertyId });
  if (filters.status) and.push({ status: filters.status });
  if (filters.attributedTo) {
    const party = filters.attributedTo;
    and.push({
      attributions: {
        some: {
          OR: [
            { entityId: party },
            { partyName: { equals: party, mode: "insensitive" } },
            { entity: { name: { equals: party, mode: "insensitive" } } },
            { entity: { aliases: { has: party } } },
          ],
        },
      },
    });
  }
  if (filters.hasConflict !== undefined) {
    const open = { some: { conflict: { status: "open" as const } } };
    and.push(filters.hasConflict ? { conflicts: open } : { NOT: { conflicts: open } });
  }
  if (filters.q) {
    const matches = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Claim"
      WHERE "projectId" = ${projectId} AND "searchVector" @@ websearch_to_tsquery('simple', ${filters.q})`;
    and.push({ id: { in: matches.map((m) => m.id) } });
  }
  if (and.length) where.AND = and;
  const [total, claims] = await Promise.all([
    db.claim.count({ where }),
    db.claim.findMany({
      where,
      include: claimRecordInclude,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * filters.pageSize,
      take: filters.pageSize,
    }),
  ]);
  return { claims: claims.map(claimView), total, page: filters.page, pageSize: filters.pageSize };
}
