import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CurationBoard } from "@/components/coding-rounds/curation-board";
import { ProjectBreadcrumbs } from "@/components/projects/project-breadcrumbs";
import { db } from "@/lib/db/client";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getCodingRound } from "@/lib/server/coding-rounds/get-coding-round";
import { getCurationUnits } from "@/lib/server/coding-rounds/curation-units";
import { pageData } from "@/lib/server/page-data";
import { getProjectBySlug } from "@/lib/server/projects/get-project";

type Props = { params: Promise<{ slug: string; roundId: string }> };

export const metadata: Metadata = { title: "Curate a coding round" };

export default async function CurationPage({ params }: Props) {
  const { slug, roundId } = await params;
  const actor = await requirePageActor(`/projects/${slug}/coding-rounds/${roundId}`);
  const { project } = await pageData(getProjectBySlug(db(), actor, slug));
  const round = await pageData(getCodingRound(db(), { actor, roundId }));
  if (round.projectId !== project.id) notFound();
  const sourceHref = `/projects/${project.slug}/sources/${round.sourceId}`;
  const header = (
    <header className="page-header">
      <ProjectBreadcrumbs project={project} trail={[{ href: sourceHref, label: "Source" }]} />
      <h1>Curate the coding round</h1>
      <p className="muted">
        Coded by {round.coders.map((coder) => coder.name).join(", ")}. For each unit, accept one coder&apos;s claim or write your own: it goes to review, and the
        unit&apos;s other claims are kept, curated away.
      </p>
    </header>
  );
  if (round.status === "open") {
    return (
      <div className="stack">
        {header}
        <p className="empty">This round is still open: its units are curated once every coder is done or an owner closes it.</p>
      </div>
    );
  }
  const { units } = await pageData(getCurationUnits(db(), { actor, roundId }));
  return (
    <div className="stack review-page">
      {header}
      {units.length === 0 ? (
        <p className="empty">Nobody coded anything in this round.</p>
      ) : (
        <CurationBoard slug={project.slug} projectId={project.id} roundId={round.id} initialUnits={units} />
      )}
      <p>
        <Link href={sourceHref}>Back to the source</Link>
      </p>
    </div>
  );
}
