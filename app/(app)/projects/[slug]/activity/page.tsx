import type { Metadata } from "next";
import Link from "next/link";
import { ActivityList } from "@/components/jobs/activity-list";
import { ProjectBreadcrumbs } from "@/components/projects/project-breadcrumbs";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listJobs } from "@/lib/server/jobs/list-jobs";
import { pageData } from "@/lib/server/page-data";
import { getProjectBySlug } from "@/lib/server/projects/get-project";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage({ params }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor(`/projects/${slug}/activity`);
  const { project, role } = await pageData(getProjectBySlug(db(), actor, slug));
  const jobs = await pageData(listJobs(db(), { actor, projectId: project.id }));
  return (
    <div className="stack">
      <header className="page-header">
        <ProjectBreadcrumbs project={project} />
        <h1>Activity</h1>
        <p className="muted">
          The project&apos;s background jobs, newest first: exports, imports and conflict recomputations, with how far each got.
          {can(role, "project:manage") ? (
            <>
              {" "}
              <Link href={`/projects/${project.slug}/import`}>Import a dataset</Link>
            </>
          ) : null}
        </p>
      </header>
      <ActivityList projectId={project.id} initial={jobs} />
    </div>
  );
}
