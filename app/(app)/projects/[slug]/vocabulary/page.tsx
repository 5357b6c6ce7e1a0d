import type { Metadata } from "next";
import { ProjectBreadcrumbs } from "@/components/projects/project-breadcrumbs";
import { VagueLexiconEditor } from "@/components/vocabulary/vague-lexicon-editor";
import { VocabularyEditor } from "@/components/vocabulary/vocabulary-editor";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { pageData } from "@/lib/server/page-data";
import { getProjectBySlug } from "@/lib/server/projects/get-project";
import { getVagueLexicon } from "@/lib/server/suggestions/get-vague-lexicon";
import { listVocabulary } from "@/lib/server/vocabulary/properties";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Vocabulary" };

export default async function VocabularyPage({ params }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor(`/projects/${slug}/vocabulary`);
  const { project, role } = await pageData(getProjectBySlug(db(), actor, slug));
  const canManage = can(role, "vocabulary:manage");
  const [properties, lexicon] = await Promise.all([listVocabulary(db(), actor, project.id), getVagueLexicon(db(), { actor, projectId: project.id })]);
  return (
    <div className="stack">
      <header className="page-header">
        <ProjectBreadcrumbs project={project} />
        <h1>Vocabulary</h1>
        <p className="muted">
          The properties a claim can record. {canManage ? "Archive one to retire it: the claims that have it keep it." : "Owners change the vocabulary."}
        </p>
      </header>
      <VocabularyEditor projectId={project.id} initialProperties={properties} canManage={canManage} />
      <VagueLexiconEditor projectId={project.id} initial={lexicon} canManage={canManage} />
    </div>
  );
}
