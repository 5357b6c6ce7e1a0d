"use client";

import Link from "next/link";
import { useCallback, useMemo, useState } from "react";
import { SourceReader } from "@/components/source-reader/source-reader";
import type { ListedAnnotation } from "@/lib/server/annotations/list-annotations";
import type { getSource } from "@/lib/server/sources/get-source";
import { AnnotationPanel } from "./annotation-panel";
import { highlightLabel, highlightStatus } from "./highlight-model";
import { RevisionBar } from "./revision-bar";
import { SelectionToolbar, type TextSelection } from "./selection-toolbar";
import { useCreateAnnotation } from "./use-create-annotation";

type Source = Awaited<ReturnType<typeof getSource>>;

export interface SourceWorkspaceProps {
  project: { slug: string; name: string };
  source: Source;
  initialAnnotations: ListedAnnotation[];
  initialActiveId?: string;
  canAnnotate: boolean;
  canAddRevision: boolean;
}

export function SourceWorkspace(props: SourceWorkspaceProps) {
  const { project, source } = props;
  const isCurrentRevision = source.revision.number === source.currentRevision?.number;
  const [annotations, setAnnotations] = useState(props.initialAnnotations);
  const [activeId, setActiveId] = useState<string | undefined>(props.initialActiveId);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const { createAnnotation, error, clearError } = useCreateAnnotation(source.id, setAnnotations);

  const highlights = useMemo(
    () =>
      annotations
        .filter((a) => a.start !== null && a.end !== null)
        .map((a) => ({
          id: a.id,
          start: a.start!,
          end: a.end!,
          status: highlightStatus(a),
          hasConflict: a.claims.some((c) => c.hasConflict),
          label: highlightLabel(a),
        })),
    [annotations],
  );

  const onSelectionChange = useCallback((range: { start: number; end: number } | null, rect: DOMRect | null) => {
    setSelection(range && rect ? { ...range, rect } : null);
  }, []);

  async function highlightSelection(): Promise<string | null> {
    if (!selection) return null;
    const created = await createAnnotation(selection);
    if (created) {
      setActiveId(created.id);
      setSelection(null);
    }
    return created?.id ?? null;
  }

  return (
    <div className="workspace">
      <header className="workspace__header">
        <nav aria-label="Breadcrumbs" className="breadcrumbs">
          <Link href="/projects">Projects</Link> / <Link href={`/projects/${project.slug}`}>{project.name}</Link>
        </nav>
        <h1>{source.title}</h1>
        <p className="muted workspace__meta">
          {[source.outlet, source.author, source.publishedAt && `published ${source.publishedAt}`, source.language]
            .filter(Boolean)
            .join(" · ")}
          {source.url ? (
            <>
              {" · "}
              <a href={source.url} rel="noreferrer noopener" target="_blank">
                original
              </a>
            </>
          ) : null}
        </p>
        <RevisionBar source={source} projectSlug={project.slug} canAddRevision={props.canAddRevision} />
      </header>

      {error ? (
        <p role="alert" className="form-error">
          {error}{" "}
          <button type="button" className="button button--small button--quiet" onClick={clearError}>
            Dismiss
          </button>
        </p>
      ) : null}

      <div className="workspace__body">
        <div className="workspace__reader" aria-label={`Source text, revision ${source.revision.number}`} role="document">
          <SourceReader
            text={source.revision.text}
            highlights={highlights}
            activeHighlightId={activeId}
            onSelectionChange={onSelectionChange}
            onHighlightActivate={setActiveId}
          />
          {selection && props.canAnnotate && isCurrentRevision ? (
            <SelectionToolbar
              selection={selection}
              onHighlight={highlightSelection}
              onClose={() => setSelection(null)}
            />
          ) : null}
        </div>
        <AnnotationPanel annotations={annotations} activeId={activeId} onActivate={setActiveId} />
      </div>
    </div>
  );
}
