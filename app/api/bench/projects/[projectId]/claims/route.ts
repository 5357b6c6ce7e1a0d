import { bareClaimsList } from "@/lib/server/bench/bare-claims-list";

// Benchmark-only, and a 404 unless BENCH_BARE_ROUTES=1: see lib/server/bench/bare-claims-list.ts.
export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ projectId: string }> }): Promise<Response> {
  return bareClaimsList((await context.params).projectId, new URL(request.url).searchParams);
}
