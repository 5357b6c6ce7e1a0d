import "server-only";
import type { Db } from "@/lib/db/client";
import type { ExportFilters } from "@/lib/export/filters";
import type { ManifestCodingRound } from "@/lib/export/manifest";
import type { Actor } from "../actor";
import { getRoundAgreement } from "../coding-rounds/get-round-agreement";

/**
 * The closed coding rounds of the sources an export selects (every source of
 * the project when the filters name none), oldest first, each with its
 * agreement for the round and per coder pair: what the manifest lists.
 */
export async function datasetCodingRounds(db: Db, actor: Actor, projectId: string, filters: ExportFilters): Promise<ManifestCodingRound[]> {
  const rounds = await db.codingRound.findMany({
    where: { projectId, status: "closed", ...(filters.sourceIds.length > 0 ? { sourceId: { in: filters.sourceIds } } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      isBlind: true,
      createdAt: true,
      closedAt: true,
      source: { select: { id: true, title: true } },
      coders: { orderBy: { position: "asc" }, select: { user: { select: { id: true, name: true } } } },
    },
  });
  return Promise.all(
    rounds.map(async (round) => {
      const report = await getRoundAgreement(db, { actor, roundId: round.id });
      return {
        id: round.id,
        source: round.source,
        isBlind: round.isBlind,
        openedAt: round.createdAt.toISOString(),
        // A closed round always has its closing time; the fallback only satisfies the column's type.
        closedAt: (round.closedAt ?? round.createdAt).toISOString(),
        coders: round.coders.map((coder) => coder.user),
        units: report.units,
        alpha: report.alpha,
        pairs: report.pairAlpha.map((pair, index) => {
          const { share, spans, matchedSpans } = report.spanAgreement[index]!;
          return { coderA: pair.coderA, coderB: pair.coderB, alpha: pair.alpha, spanAgreement: { share, spans, matchedSpans } };
        }),
      };
    }),
  );
}
