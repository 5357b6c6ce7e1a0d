import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntityDetail } from "@/components/entities/entity-detail";
import { EventFieldsForm } from "@/components/events/event-fields-form";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getEntityPage } from "@/lib/server/events/get-entity-page";
import { pageData } from "@/lib/server/page-data";
import { getProjectBySlug } from "@/lib/server/projects/get-project";

type Props = { params: Promise<{ slug: string; entityId: string }> };

export const metadata: Metadata = { title: "Entity" };

export default async function EntityPage({ params }: Props) {
  const { slug, entityId } = await params;
  const actor = await requirePageActor(`/projects/${slug}/entities/${entityId}`);
  const { project, role } = await pageData(getProjectBySlug(db(), actor, slug));
  const page = await pageData(getEntityPage(db(), actor, entityId));
  // The entity decides its project; one of another project under this slug is not here.
  if (page.entity.projectId !== project.id) notFound();
  const canEdit = can(role, "entity:edit") && !page.entity.mergedInto;
  return (
    <EntityDetail
      project={project}
      page={page}
      eventEditor={page.event && canEdit ? <EventFieldsForm entityId={page.entity.id} projectId={project.id} event={page.event} /> : null}
    />
  );
}
