import { healthRoute } from "@/lib/api/contract/foundation";
import { handle } from "@/lib/api/handle";
import { checkDatabase } from "@/lib/server/health";

export const dynamic = "force-dynamic";
export const GET = handle(healthRoute, () => checkDatabase());
