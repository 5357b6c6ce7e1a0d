import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoundPanel } from "@/components/coding-rounds/round-panel";
import { SourceWorkspace } from "@/components/source-workspace/source-workspace";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { annotationColumnsRoute } from "@/lib/api/contract/sources";
import { apiUrl } from "@/lib/client/api-client";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { sourceRounds } from "@/lib/server/coding-rounds/source-rounds";
import { pageData } from "@/lib/server/page-data";
import { getProjectBySlug } from "@/lib/server/projects/get-project";
import { listProperties } from "@/lib/server/projects/list-properties";
import { getSource } from "@/lib/server/sources/get-source";

type Props = {
  params: Promise<{ slug: string; sourceId: string }>;
  searchParams: Promise<{ revision?: string; annotation?: string; round?: string }>;
};

export const metadata: Metadata = { title: "Source" };

export default async function SourcePage({ params, searchParams }: Props) {
  const { slug, sourceId } = await params;
  const { revision, annotation, round } = await searchParams;
  const actor = await requirePageActor(`/projects/${slug}/sources/${sourceId}`);
  const { project } = await pageData(getProjectBySlug(db(), actor, slug));
  const revisionNumber = revision && /^\d+$/.test(revision) ? Number(revision) : undefined;
  const source = await pageData(getSource(db(), actor, sourceId, revisionNumber));
  if (source.projectId !== project.id) notFound();
  const annotationsUrl = apiUrl(annotationColumnsRoute, { params: { sourceId }, query: { revision: source.revision.number } });
  const [properties, rounds] = await Promise.all([
    listProperties(db(), actor, project.id),
    sourceRounds(db(), { actor, sourceId, reportRoundId: round }),
  ]);
  return (
    <>
      {/* The highlights come by a request of their own, begun as soon as this tag arrives, long before the
          page's scripts run. In the HTML itself: react-dom's preload() only reached the page's scripts. */}
      <link rel="preload" href={annotationsUrl} as="fetch" crossOrigin="anonymous" />
      <SourceWorkspace
        project={{ id: project.id, slug: project.slug, name: project.name }}
        source={source}
        properties={properties}
        initialActiveId={annotation}
        canAnnotate={can(source.role, "annotation:create")}
        canAddRevision={can(source.role, "source:create")}
        viewerId={actor.userId}
        codingRounds={<RoundPanel data={rounds} slug={project.slug} sourceId={sourceId} viewerId={actor.userId} />}
        visibilityKey={rounds.rounds.find((round) => round.status === "open" && round.isBlind)?.id ?? "no blind round"}
      />
    </>
  );
}
