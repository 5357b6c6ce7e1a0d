import { ProjectBreadcrumbs } from "@/components/projects/project-breadcrumbs";
import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilters } from "@/components/review/audit-filters";
import { AuditLog } from "@/components/review/audit-log";
import { filterHref, readFilterParams, type SearchParams } from "@/lib/filter-params";
import { db } from "@/lib/db/client";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { auditFiltersSchema } from "@/lib/audit/audit-filters";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { pageData } from "@/lib/server/page-data";
import { getProjectBySlug } from "@/lib/server/projects/get-project";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { title: "Audit trail" };

const PARAMS = ["actorId", "objectType", "objectId", "from", "to", "before"] as const;

export default async function AuditPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor(`/projects/${slug}/audit`);
  const { project } = await pageData(getProjectBySlug(db(), actor, slug));
  const { values, filters, ignored } = readFilterParams(auditFiltersSchema, PARAMS, await searchParams);
  const audit = await pageData(listAuditEvents(db(), actor, project.id, filters));
  const path = `/projects/${project.slug}/audit`;
  const { before: _before, ...filterValues } = values;
  return (
    <div className="stack">
      <header className="page-header">
        <ProjectBreadcrumbs project={project} />
        <h1>{values.objectId ? `History of ${values.objectType ?? "object"} ${values.objectId}` : "Audit trail"}</h1>
        <p className="muted">Every change in the project, newest first. The trail is append-only: PostgreSQL refuses to alter or delete it.</p>
      </header>
      <AuditFilters path={path} values={filterValues} facets={audit.facets} />
      {ignored.length > 0 ? (
        <p role="alert" className="form-error">
          Some filters in the address were not valid and were ignored: {ignored.join(", ")}.
        </p>
      ) : null}
      {values.objectId ? (
        <p>
          <Link href={filterHref(path, filterValues, { objectId: null, objectType: null })}>Show every object</Link>
        </p>
      ) : null}
      {audit.events.length === 0 ? (
        <p className="empty">No events match.</p>
      ) : (
        <AuditLog
          slug={project.slug}
          events={audit.events}
          historyHref={(event) => filterHref(path, {}, { objectType: event.objectType, objectId: event.objectId })}
        />
      )}
      <nav aria-label="Audit pages" className="pager">
        {values.before ? <Link href={filterHref(path, filterValues, {})}>Newest events</Link> : null}
        {audit.nextCursor ? <Link href={filterHref(path, filterValues, { before: audit.nextCursor })}>Older events</Link> : null}
      </nav>
    </div>
  );
}
