import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ImportDatasetForm } from "@/components/import/import-dataset-form";
import { ProjectBreadcrumbs } from "@/components/projects/project-breadcrumbs";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { pageData } from "@/lib/server/page-data";
import { getProjectBySlug } from "@/lib/server/projects/get-project";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Import a dataset" };

export default async function ImportPage({ params }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor(`/projects/${slug}/import`);
  const { project, role } = await pageData(getProjectBySlug(db(), actor, slug));
  if (!can(role, "project:manage")) forbidden();
  return (
    <div className="stack">
      <header className="page-header">
        <ProjectBreadcrumbs project={project} trail={[{ href: `/projects/${project.slug}/export`, label: "Export" }]} />
        <h1>Import a dataset</h1>
        <p className="muted">
          A JSON Lines export of this app (from another installation, or a backup) into this project, which must have no sources or claims
          yet. All or nothing: a file with a bad line writes nothing, and the lines are listed. Owners only. Past imports are on the{" "}
          <Link href={`/projects/${project.slug}/activity`}>Activity</Link> page.
        </p>
      </header>
      <ImportDatasetForm projectId={project.id} projectSlug={project.slug} />
    </div>
  );
}
