import type { Metadata } from "next";
import { ConflictBoard } from "@/components/conflicts/conflict-board";
import { readConflictFilterParams, type SearchParams } from "@/components/conflicts/conflict-filter-params";
import { db } from "@/lib/db/client";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { conflictBoardOptions } from "@/lib/server/conflicts/conflict-board-options";
import { listConflicts } from "@/lib/server/conflicts/list-conflicts";
import { pageData } from "@/lib/server/page-data";
import { getProjectBySlug } from "@/lib/server/projects/get-project";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { title: "Conflicts" };

export default async function ConflictsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor(`/projects/${slug}/conflicts`);
  const { project, role } = await pageData(getProjectBySlug(db(), actor, slug));
  const { values, filters, ignored } = readConflictFilterParams(await searchParams);
  const [list, options] = await Promise.all([listConflicts(db(), actor, project.id, filters), conflictBoardOptions(db(), actor, project.id)]);
  return <ConflictBoard project={project} role={role} list={list} values={values} options={options} ignored={ignored} />;
}
