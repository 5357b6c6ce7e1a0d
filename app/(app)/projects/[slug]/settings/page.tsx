import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ProjectBreadcrumbs } from "@/components/projects/project-breadcrumbs";
import { ProjectSettingsForm } from "@/components/projects/project-settings-form";
import { EstimateSettingsEditor } from "@/components/grading/estimate-settings-editor";
import { getEstimateSettings } from "@/lib/server/grading/get-estimate-settings";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { citationAuthorsSchema } from "@/lib/projects/citation-input";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { pageData } from "@/lib/server/page-data";
import { getProjectBySlug } from "@/lib/server/projects/get-project";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Project settings" };

export default async function ProjectSettingsPage({ params }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor(`/projects/${slug}/settings`);
  const { project, role } = await pageData(getProjectBySlug(db(), actor, slug));
  if (!can(role, "project:manage")) forbidden();
  const estimateSettings = await getEstimateSettings(db(), { actor, projectId: project.id });
  return (
    <div className="stack">
      <header className="page-header">
        <ProjectBreadcrumbs project={project} />
        <h1>Settings</h1>
        <p className="muted">Only owners see this page. Every change is recorded in the audit trail.</p>
      </header>
      <ProjectSettingsForm
        project={{
          id: project.id,
          name: project.name,
          description: project.description,
          divergenceThreshold: project.divergenceThreshold,
          requiredApprovals: project.requiredApprovals,
          licence: project.licence,
          citationAuthors: citationAuthorsSchema.parse(project.citationAuthors),
          doi: project.doi,
          contactName: project.contactName,
          contactEmail: project.contactEmail,
        }}
      />
      <EstimateSettingsEditor projectId={project.id} initial={estimateSettings} />
    </div>
  );
}
