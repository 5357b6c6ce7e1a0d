import { FormError } from "@/components/ui/form-error";
import { ProjectBreadcrumbs } from "@/components/projects/project-breadcrumbs";
import type { Metadata } from "next";
import Link from "next/link";
import { BackgroundExport } from "@/components/export/background-export";
import { ExportDownloads } from "@/components/export/export-downloads";
import { ExportFiltersForm } from "@/components/export/export-filters-form";
import { ExportPreview } from "@/components/export/export-preview";
import { ExportRunsTable } from "@/components/export/export-runs-table";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { exportPageData, type SearchParams } from "@/lib/server/export/export-page-data";
import { pageData } from "@/lib/server/page-data";
import { getProjectBySlug } from "@/lib/server/projects/get-project";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { title: "Export" };

export default async function ExportPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor(`/projects/${slug}/export`);
  const { project, role } = await pageData(getProjectBySlug(db(), actor, slug));
  const { filters, problem, preview, runs, options } = await pageData(exportPageData(db(), actor, project.id, await searchParams));
  const path = `/projects/${project.slug}/export`;
  return (
    <div className="stack">
      <header className="page-header">
        <ProjectBreadcrumbs project={project} />
        <h1>Export the dataset</h1>
        <p className="muted">
          Approved claims by default, with their evidence, attribution chains, conflicts and reviews, as JSON Lines, CSV, W3C Web
          Annotation and W3C PROV-O.
          {can(role, "project:manage") ? (
            <>
              {" "}
              A JSON Lines export goes back into an empty project with <Link href={`/projects/${project.slug}/import`}>Import a dataset</Link>.
            </>
          ) : null}
        </p>
      </header>
      <FormError message={problem} />
      <ExportFiltersForm path={path} filters={filters} options={options} />
      <ExportDownloads projectId={project.id} filters={filters} isEmpty={preview.counts.claims === 0} />
      <BackgroundExport projectId={project.id} filters={filters} isEmpty={preview.counts.claims === 0} />
      <ExportPreview counts={preview.counts} claims={preview.claims} />
      <ExportRunsTable runs={runs} />
    </div>
  );
}
