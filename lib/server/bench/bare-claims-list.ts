import "server-only";
import pg from "pg";
import { z } from "zod";
import { readEnv, readerDatabaseUrl } from "@/lib/env";
import { errorCodes } from "@/lib/errors/error-codes";

/**
 * The floor the claims list API is measured against (tests/bench/claims-list-bench.ts):
 * the same page of the same claims, with their subject, property, attribution chain,
 * evidence and conflicts, read by one hand-written SQL statement through plain `pg`, with
 * no authentication, permission check, ORM or response validation. It answers only while
 * BENCH_BARE_ROUTES=1, since it checks no access: everywhere else it is a 404.
 */

const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

// A pool of the same size as the Prisma adapter's (pg's default of 10), so neither side queues more.
const globalForBench = globalThis as unknown as { benchPool?: pg.Pool };

function benchPool(): pg.Pool {
  globalForBench.benchPool ??= new pg.Pool({ connectionString: readerDatabaseUrl(), max: 10 });
  return globalForBench.benchPool;
}

const PAGE_SQL = `
  SELECT c.id, c."projectId", c.value, c.qualifiers, c.hedging, c.status, c.rank, c.note, c.version, c.credibility,
    c."createdAt", c."updatedAt",
    json_build_object('id', s.id, 'name', s.name) AS subject,
    json_build_object('id', p.id, 'key', p.key, 'label', p.label, 'valueType', p."valueType") AS property,
    coalesce((SELECT json_agg(json_build_object('position', a.position, 'role', a.role, 'entityId', a."entityId", 'partyName', a."partyName",
      'label', coalesce(e.name, a."partyName", src.title, '')) ORDER BY a.position)
      FROM "Attribution" a LEFT JOIN "Entity" e ON e.id = a."entityId" LEFT JOIN "Source" src ON src.id = a."sourceId"
      WHERE a."claimId" = c.id), '[]') AS attribution,
    coalesce((SELECT json_agg(json_build_object('annotationId', an.id, 'sourceId', an."sourceId", 'start', an.start, 'end', an."end", 'exact', an.exact)
      ORDER BY ev."createdAt") FROM "Evidence" ev JOIN "Annotation" an ON an.id = ev."annotationId" WHERE ev."claimId" = c.id), '[]') AS evidence,
    coalesce((SELECT json_agg(json_build_object('id', cf.id, 'kind', cf.kind, 'status', cf.status, 'rank', cm.rank))
      FROM "ConflictMember" cm JOIN "Conflict" cf ON cf.id = cm."conflictId" WHERE cm."claimId" = c.id), '[]') AS conflicts
  FROM "Claim" c JOIN "Entity" s ON s.id = c."subjectId" JOIN "Property" p ON p.id = c."propertyId"
  WHERE c."projectId" = $1 AND NOT c."isDeleted"
  ORDER BY c."createdAt" DESC, c.id ASC
  LIMIT $2 OFFSET $3`;

/** The bench-only handler of GET /api/bench/projects/{projectId}/claims. */
export async function bareClaimsList(projectId: string, searchParams: URLSearchParams): Promise<Response> {
  if (!readEnv().BENCH_BARE_ROUTES) return Response.json({ error: { code: errorCodes.notFound, message: "Not found." } }, { status: 404 });
  const query = pageQuerySchema.safeParse(Object.fromEntries(searchParams));
  if (!query.success) return Response.json({ error: { code: errorCodes.validationFailed, message: query.error.message } }, { status: 400 });
  const { page, pageSize } = query.data;
  const pool = benchPool();
  const [counted, rows] = await Promise.all([
    pool.query<{ total: number }>(`SELECT count(*)::int AS total FROM "Claim" WHERE "projectId" = $1 AND NOT "isDeleted"`, [projectId]),
    pool.query(PAGE_SQL, [projectId, pageSize, (page - 1) * pageSize]),
  ]);
  return Response.json({ claims: rows.rows, total: counted.rows[0]?.total ?? 0, page, pageSize });
}
