import "server-only";
import { derivationRefusal } from "@/lib/claims/derivation";
import type { Prisma } from "@/lib/db/generated/client";

type Tx = Prisma.TransactionClient;

// Deeper chains than this are not followed; a loop is found long before.
const MAX_DEPTH = 100;

/**
 * Why `claimId` (absent for a new claim) cannot be derived from
 * `derivedFromId`, or undefined. The project's derivation changes take turns
 * (a transaction lock), so two edits cannot each close half of a loop.
 */
export async function derivationIssue(tx: Tx, projectId: string, claimId: string | undefined, derivedFromId: string): Promise<string | undefined> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`claim-derivation:${projectId}`}, 0))`;
  const repeated = await tx.claim.findFirst({ where: { id: derivedFromId, projectId, isDeleted: false }, select: { id: true } });
  if (!repeated) return "No such claim in this project";
  const chain = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE chain(id, "derivedFromId", depth) AS (
      SELECT id, "derivedFromId", 1 FROM "Claim" WHERE id = ${derivedFromId}
      UNION ALL
      SELECT c.id, c."derivedFromId", chain.depth + 1 FROM "Claim" c JOIN chain ON c.id = chain."derivedFromId" WHERE chain.depth < ${MAX_DEPTH}
    )
    SELECT id FROM chain ORDER BY depth`;
  return derivationRefusal(claimId, chain.map((row) => row.id));
}
