import type { Metadata } from "next";
import { ProjectDashboard } from "@/components/projects/project-dashboard";
import { db } from "@/lib/db/client";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { pageData } from "@/lib/server/page-data";
import { getProjectBySlug } from "@/lib/server/projects/get-project";
import { projectDashboard } from "@/lib/server/projects/project-dashboard";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Project" };

export default async function ProjectPage({ params }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor(`/projects/${slug}`);
  const { project, role } = await pageData(getProjectBySlug(db(), actor, slug));
  const dashboard = await projectDashboard(db(), actor, project.id);
  return <ProjectDashboard project={project} role={role} dashboard={dashboard} />;
}
