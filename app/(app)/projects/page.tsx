import type { Metadata } from "next";
import { ProjectList } from "@/components/projects/project-list";
import { db } from "@/lib/db/client";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listProjects } from "@/lib/server/projects/list-projects";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  const actor = await requirePageActor("/projects");
  return <ProjectList projects={await listProjects(db(), actor)} />;
}
