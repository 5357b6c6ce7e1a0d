import { createProjectRoute, listProjectsRoute } from "@/lib/api/contract/foundation";
import { handle } from "@/lib/api/handle";
import { db } from "@/lib/db/client";
import { createProject } from "@/lib/server/projects/create-project";
import { listProjects } from "@/lib/server/projects/list-projects";

export const GET = handle(listProjectsRoute, async ({ actor }) => ({ projects: await listProjects(db(), actor) }));

export const POST = handle(createProjectRoute, async ({ actor, body }) => ({ project: await createProject(db(), { actor, input: body }) }));
