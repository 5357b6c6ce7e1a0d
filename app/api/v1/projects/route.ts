import { listProjectsRoute } from "@/lib/api/contract/foundation";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { listProjects } from "@/lib/server/projects/list-projects";

export const GET = handle(listProjectsRoute, async ({ actor }) => ({ projects: await listProjects(db(), actor) }));
