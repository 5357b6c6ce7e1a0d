import type { Metadata } from "next";
import { ProjectList } from "@/components/projects/project-list";
import { db } from "@/lib/db/client";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { mayCreateProjects } from "@/lib/server/projects/create-project";
import { listProjects } from "@/lib/server/projects/list-projects";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  const actor = await requirePageActor("/projects");
  const [projects, canCreate] = await Promise.all([listProjects(db(), actor), mayCreateProjects(db(), actor)]);
  return <ProjectList projects={projects} canCreate={canCreate} />;
}
