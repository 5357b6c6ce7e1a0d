import { ProjectBreadcrumbs } from "@/components/projects/project-breadcrumbs";
import type { Metadata } from "next";
import { EntityCreateForm } from "@/components/entities/entity-create-form";
import { EntitySearch } from "@/components/entities/entity-search";
import { EntityTable } from "@/components/entities/entity-table";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listEntities } from "@/lib/server/entities/entities";
import { entityQuerySchema } from "@/lib/entities/entity-input";
import { pageData } from "@/lib/server/page-data";
import { getProjectBySlug } from "@/lib/server/projects/get-project";
import { getEstimateSettings } from "@/lib/server/grading/get-estimate-settings";
import { listPartyReliabilities } from "@/lib/server/grading/list-party-reliabilities";
import { PartyReliabilityEditor } from "@/components/grading/party-reliability-editor";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Entities" };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export default async function EntitiesPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor(`/projects/${slug}/entities`);
  const { project, role } = await pageData(getProjectBySlug(db(), actor, slug));
  const raw = await searchParams;
  // An unknown kind in the address shows every kind rather than an error page.
  const parsed = entityQuerySchema.safeParse({ q: first(raw.q), kind: first(raw.kind) });
  const query = parsed.success ? parsed.data : { q: first(raw.q)?.slice(0, 200) };
  const isFiltered = Boolean(query.q || query.kind);
  const [entities, all, { isGradingEnabled }, parties] = await Promise.all([
    listEntities(db(), actor, project.id, query),
    isFiltered ? listEntities(db(), actor, project.id, {}) : null,
    getEstimateSettings(db(), { actor, projectId: project.id }),
    listPartyReliabilities(db(), { actor, projectId: project.id }),
  ]);
  const grading = { isEnabled: isGradingEnabled, canGrade: can(role, "source:grade") };
  const mergeTargets = (all ?? entities).map(({ id, name }) => ({ id, name }));
  return (
    <div className="stack">
      <header className="page-header">
        <ProjectBreadcrumbs project={project} />
        <h1>Entities</h1>
        <p className="muted">Actors, places and events that claims are about or attributed to, with the other names sources use for them.</p>
      </header>
      {can(role, "entity:edit") ? (
        <section aria-labelledby="entity-create-title" className="card">
          <h2 id="entity-create-title">New entity</h2>
          <EntityCreateForm projectId={project.id} />
        </section>
      ) : null}
      <section aria-labelledby="entity-list-title">
        <h2 id="entity-list-title">
          {isFiltered ? `Matching entities (${entities.length})` : `All entities (${entities.length})`}
        </h2>
        <EntitySearch slug={project.slug} q={query.q} kind={query.kind} />
        <EntityTable
          entities={entities}
          slug={project.slug}
          mergeTargets={mergeTargets}
          canEdit={can(role, "entity:edit")}
          canMerge={can(role, "entity:merge")}
          grading={grading}
        />
      </section>
      {grading.isEnabled ? <PartyReliabilityEditor projectId={project.id} initial={parties} canGrade={grading.canGrade} /> : null}
    </div>
  );
}
