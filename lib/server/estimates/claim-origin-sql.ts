import { Prisma } from "@/lib/db/generated/client";

// No "server-only" marker: the export reads claims' origins outside Next.js too (CLI, bench).

/**
 * How a claim's origin is read in SQL, for estimates and for grades alike:
 * the first origin link of its chain, else the document its evidence is in.
 * Both fragments expect the claim as `c`.
 */

/** An attribution link `a` (with its entity `e` and source `s` joined) as JSON the origin resolver reads. */
export const originLinkJson = Prisma.sql`json_build_object('entityId', a."entityId", 'partyName', a."partyName", 'sourceId', a."sourceId",
  'label', coalesce(e.name, a."partyName", s.title))`;

/** `document.origin`: for a claim whose chain names no origin (`chain.origin` is null), its first evidence document. */
export const documentOriginJoin = Prisma.sql`LEFT JOIN LATERAL (
  SELECT json_build_object('entityId', NULL, 'partyName', NULL, 'sourceId', an."sourceId", 'label', coalesce(src.outlet, src.title)) AS origin
  FROM "Evidence" ev JOIN "Annotation" an ON an.id = ev."annotationId" JOIN "Source" src ON src.id = an."sourceId"
  WHERE ev."claimId" = c.id ORDER BY an."sourceId" LIMIT 1
) document ON chain.origin IS NULL`;
