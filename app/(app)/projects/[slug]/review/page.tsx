import { ProjectBreadcrumbs } from "@/components/projects/project-breadcrumbs";
import type { Metadata } from "next";
import Link from "next/link";
import { filterHref, readFilterParams, type SearchParams } from "@/lib/filter-params";
import { RequiredApprovalsForm } from "@/components/review/required-approvals-form";
import { RecheckList } from "@/components/review/recheck-list";
import { ReviewQueue } from "@/components/review/review-queue";
import { claimFiltersSchema } from "@/lib/claims/claim-filters";
import { listClaims } from "@/lib/server/claims/list-claims";
import { ReviewQueueFilters } from "@/components/review/review-queue-filters";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listEntities } from "@/lib/server/entities/entities";
import { pageData } from "@/lib/server/page-data";
import { getProjectBySlug } from "@/lib/server/projects/get-project";
import { listProperties } from "@/lib/server/projects/list-properties";
import { reviewQueue } from "@/lib/server/reviews/review-queue";
import { reviewQueueFiltersSchema } from "@/lib/review/review-input";
import { listSources } from "@/lib/server/sources/list-sources";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { title: "Review queue" };

const PARAMS = ["sourceId", "propertyId", "entityId", "hasConflict", "page"] as const;

export default async function ReviewPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor(`/projects/${slug}/review`);
  const { project, role } = await pageData(getProjectBySlug(db(), actor, slug));
  const { values, filters, ignored } = readFilterParams(reviewQueueFiltersSchema, PARAMS, await searchParams);
  const [queue, recheck, sources, entities, properties] = await Promise.all([
    reviewQueue(db(), actor, project.id, filters),
    listClaims(db(), actor, project.id, claimFiltersSchema.parse({ needsRecheck: "true", pageSize: 20 })),
    listSources(db(), actor, project.id),
    listEntities(db(), actor, project.id, {}),
    listProperties(db(), actor, project.id),
  ]);
  const path = `/projects/${project.slug}/review`;
  const lastPage = Math.max(1, Math.ceil(queue.total / queue.pageSize));
  const { page: _page, ...filterValues } = values;
  return (
    <div className="stack review-page">
      <header className="page-header">
        <ProjectBreadcrumbs project={project} />
        <h1>Review queue</h1>
        <p className="muted">
          {queue.total} submitted {queue.total === 1 ? "claim" : "claims"}, oldest first. Each needs{" "}
          {queue.requiredApprovals === 1 ? "one approval" : `${queue.requiredApprovals} approvals from different reviewers`}; nobody approves a
          claim they created or edited last.
        </p>
      </header>
      {can(role, "project:manage") ? <RequiredApprovalsForm projectId={project.id} requiredApprovals={queue.requiredApprovals} /> : null}
      <ReviewQueueFilters slug={project.slug} values={filterValues} options={{ sources, entities, properties }} />
      {ignored.length > 0 ? (
        <p role="alert" className="form-error">
          Some filters in the address were not valid and were ignored: {ignored.join(", ")}.
        </p>
      ) : null}
      {!can(role, "claim:review") ? <p className="muted">You can follow the queue; reviewers and owners decide on claims.</p> : null}
      <RecheckList slug={project.slug} claims={recheck.claims} total={recheck.total} canConfirm={can(role, "claim:review")} />
      {queue.items.length === 0 ? (
        <p className="empty">Nothing is waiting for review{Object.keys(filterValues).length > 0 ? " with these filters" : ""}.</p>
      ) : (
        // Keyed by the page's content so a new page or filter starts a fresh queue state.
        <ReviewQueue key={`${values.page ?? 1}:${JSON.stringify(filterValues)}`} slug={project.slug} projectId={project.id} initialItems={queue.items} />
      )}
      {lastPage > 1 ? (
        <nav aria-label="Queue pages" className="pager">
          {queue.page > 1 ? <Link href={filterHref(path, values, { page: String(queue.page - 1) })}>Previous page</Link> : null}
          <span>
            Page {queue.page} of {lastPage}
          </span>
          {queue.page < lastPage ? <Link href={filterHref(path, values, { page: String(queue.page + 1) })}>Next page</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
