import { ProjectBreadcrumbs } from "@/components/projects/project-breadcrumbs";
import Link from "next/link";
import type { Role } from "@/lib/db/generated/enums";
import { can } from "@/lib/permissions";
import type { listConflicts } from "@/lib/server/conflicts/list-conflicts";
import { groupConflicts } from "@/lib/conflicts/board-groups";
import { ConflictCard } from "./conflict-card";
import { ConflictGroupCard } from "./conflict-group-card";
import { filteredPageHref } from "@/lib/filter-params";
import type { ConflictParamValues } from "./conflict-filter-params";
import { type ConflictFilterOptions, ConflictFilters } from "./conflict-filters";
import { DivergenceThresholdForm } from "./divergence-threshold-form";
import { FlagConflictForm } from "./flag-conflict-form";

export interface ConflictBoardProps {
  project: { id: string; slug: string; name: string; divergenceThreshold: number };
  role: Role;
  list: Awaited<ReturnType<typeof listConflicts>>;
  values: ConflictParamValues;
  options: ConflictFilterOptions;
  ignored: string[];
}

/** A project's conflicts: filters, the flagging and settings tools for those allowed, and one card per group of conflicts that share claims. */
export function ConflictBoard({ project, role, list, values, options, ignored }: ConflictBoardProps) {
  const path = `/projects/${project.slug}/conflicts`;
  const lastPage = Math.max(1, Math.ceil(list.total / list.pageSize));
  const first = list.total === 0 ? 0 : (list.page - 1) * list.pageSize + 1;
  const last = Math.min(list.total, first + list.conflicts.length - 1);
  return (
    <div className="stack conflict-board">
      <header className="page-header">
        <ProjectBreadcrumbs project={project} />
        <h1>Conflicts</h1>
        <p className="muted">Where sources disagree: detected from the claims, or flagged by hand. Deciding ranks the claims; nothing is deleted.</p>
      </header>

      {can(role, "conflict:flag") ? (
        <details className="card conflict-board__tool">
          <summary>Flag a conflict</summary>
          <FlagConflictForm projectId={project.id} />
        </details>
      ) : null}
      {can(role, "project:manage") ? (
        <details className="card conflict-board__tool">
          <summary>Detection settings</summary>
          <DivergenceThresholdForm projectId={project.id} divergenceThreshold={project.divergenceThreshold} />
        </details>
      ) : null}

      <ConflictFilters slug={project.slug} values={values} options={options} />
      {ignored.length > 0 ? (
        <p role="alert" className="form-error">
          Some filters in the address were not valid and were ignored: {ignored.join(", ")}.
        </p>
      ) : null}

      <section aria-labelledby="conflict-list-title" className="stack">
        <h2 id="conflict-list-title" className="visually-hidden">
          Matching conflicts
        </h2>
        <p className="muted" data-testid="conflict-count">
          {list.total === 0 ? "No conflicts match." : `Showing ${first}–${last} of ${list.total} ${list.total === 1 ? "conflict" : "conflicts"}`}
        </p>
        {groupConflicts(list.conflicts).map((group) =>
          group.length === 1 ? (
            <ConflictCard key={group[0]!.id} conflict={group[0]!} slug={project.slug} canResolve={can(role, "conflict:resolve")} />
          ) : (
            <ConflictGroupCard key={group[0]!.id} conflicts={group} slug={project.slug} canResolve={can(role, "conflict:resolve")} />
          ),
        )}
        {lastPage > 1 ? (
          <nav aria-label="Pages of conflicts" className="pager">
            {list.page > 1 ? (
              <Link href={filteredPageHref(path, values, Math.min(list.page - 1, lastPage))} className="button" rel="prev">
                ← Previous
              </Link>
            ) : null}
            <span className="muted">
              Page {list.page} of {lastPage}
            </span>
            {list.page < lastPage ? (
              <Link href={filteredPageHref(path, values, list.page + 1)} className="button" rel="next">
                Next →
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
