import { ProjectBreadcrumbs } from "@/components/projects/project-breadcrumbs";
import type { Metadata } from "next";
import { ClaimFilters } from "@/components/claims/claim-filters";
import { claimsPageHref, readClaimFilterParams, type SearchParams } from "@/components/claims/claim-filters-params";
import { ClaimList } from "@/components/claims/claim-list";
import { NewClaimFromQuote } from "@/components/claims/new-claim-from-quote";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listClaims } from "@/lib/server/claims/list-claims";
import { listEntities } from "@/lib/server/entities/entities";
import { pageData } from "@/lib/server/page-data";
import { getProjectBySlug } from "@/lib/server/projects/get-project";
import { listProperties } from "@/lib/server/projects/list-properties";
import { listSources } from "@/lib/server/sources/list-sources";
import { getClaimGrading } from "@/lib/server/grading/get-claim-grading";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor(`/projects/${slug}/claims`);
  const { project, role } = await pageData(getProjectBySlug(db(), actor, slug));
  const { values, filters, ignored } = readClaimFilterParams(await searchParams);
  const [result, sources, entities, properties] = await Promise.all([
    listClaims(db(), actor, project.id, filters),
    listSources(db(), actor, project.id),
    listEntities(db(), actor, project.id, {}),
    listProperties(db(), actor, project.id),
  ]);
  const grading = await getClaimGrading(db(), actor, project.id, result.claims.map((claim) => claim.id));
  const lastPage = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <div className="stack">
      <header className="page-header page-header--actions">
        <div>
          <ProjectBreadcrumbs project={project} />
          <h1>Claims</h1>
        </div>
        {can(role, "claim:create") ? (
          <NewClaimFromQuote
            projectId={project.id}
            projectSlug={project.slug}
            sources={sources.map((s) => ({ id: s.id, title: s.title }))}
            properties={properties}
          />
        ) : null}
      </header>
      <ClaimFilters slug={project.slug} values={values} options={{ sources, entities, properties }} isGradingEnabled={grading.isGradingEnabled} />
      {ignored.length > 0 ? (
        <p role="alert" className="form-error">
          Some filters in the address were not valid and were ignored: {ignored.join(", ")}.
        </p>
      ) : null}
      <ClaimList
        slug={project.slug}
        claims={result.claims}
        grading={grading}
        total={result.total}
        isTotalExact={result.isTotalExact}
        page={result.page}
        pageSize={result.pageSize}
        previousHref={result.page > 1 ? claimsPageHref(project.slug, values, Math.min(result.page - 1, lastPage)) : undefined}
        nextHref={
          result.page < lastPage || (!result.isTotalExact && result.claims.length === result.pageSize)
            ? claimsPageHref(project.slug, values, result.page + 1)
            : undefined
        }
      />
    </div>
  );
}
