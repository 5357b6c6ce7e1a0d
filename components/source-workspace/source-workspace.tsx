"use client";

import { ProjectBreadcrumbs } from "@/components/projects/project-breadcrumbs";
import { memo, useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import { AddEvidencePicker } from "@/components/claims/add-evidence-picker";
import { ClaimForm } from "@/components/claims/claim-form";
import { CommentThread } from "@/components/comments/comment-thread";
import { type ReaderHandle, SourceReader } from "@/components/source-reader/source-reader";
import { createCodePointIndex } from "@/lib/anchoring/code-point-index";
import type { WorkspaceAnnotation } from "@/lib/annotations/workspace-annotation";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import type { VocabularyProperty } from "@/lib/server/projects/list-properties";
import type { getSource } from "@/lib/server/sources/get-source";
import { deleteAnnotationRoute, reattachAnnotationRoute } from "@/lib/api/contract/sources";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { AnnotationPanel } from "./annotation-panel";
import { HighlightLegend } from "./highlight-legend";
import { ReattachToolbar } from "./reattach-toolbar";
import { ClaimNoticeActions } from "./claim-notice-actions";
import { readerHighlightOf } from "./highlight-model";
import { RevisionBar } from "./revision-bar";
import { SelectionToolbar, type SelectionAction, type TextSelection } from "./selection-toolbar";
import { insertSorted, useCreateAnnotation } from "./use-create-annotation";
import { CandidatePanel, candidateSummary } from "./candidate-panel";
import { useClaimCandidates, type Candidate } from "./use-claim-candidates";
import { workspaceAnnotation } from "@/lib/annotations/workspace-annotation";
import { useRevisionAnnotations } from "./use-revision-annotations";
import { candidateClaimFields, type CandidateClaimFields } from "@/lib/claims/candidate-claim";

type Source = Awaited<ReturnType<typeof getSource>>;

// The reader must not re-render while the user drags a selection (each
// selection change re-renders this workspace for the toolbar): a redraw of
// its highlights under the pointer would drop the selection.
const Reader = memo(SourceReader);

export interface SourceWorkspaceProps {
  project: { id: string; slug: string; name: string };
  source: Source;
  properties: VocabularyProperty[];
  initialActiveId?: string;
  canAnnotate: boolean;
  canAddRevision: boolean;
  /** The signed-in user: their own highlights that nothing builds on can be deleted. */
  viewerId: string;
  /** The source's coding rounds, rendered on the server by the page. */
  codingRounds?: ReactNode;
  /**
   * Changes when what the viewer may see on this source can change: a blind
   * coding round opening or closing. The highlights are loaded again then.
   */
  visibilityKey: string;
}

interface Notice {
  text: string;
  isError?: boolean;
  /** A claim just saved: open it, or submit it for review from here. */
  claim?: ClaimView;
  /** A highlight just deleted, to put back. */
  undo?: WorkspaceAnnotation;
}

type Drawer =
  /**
   * `isFresh`: the highlight was made for this form, so cancelling the form takes it away again.
   * `candidate`: the suggested claim the form starts from, settled once the claim is saved.
   */
  | { kind: "claim"; annotation: WorkspaceAnnotation; selectedText: string; isFresh: boolean; candidate?: { suggestion: Candidate; prefill: CandidateClaimFields } }
  | { kind: "evidence"; annotation: WorkspaceAnnotation }
  | { kind: "comment"; annotation: WorkspaceAnnotation }
  | null;

function withClaim(annotation: WorkspaceAnnotation, claim: ClaimView): WorkspaceAnnotation {
  const summary = {
    id: claim.id,
    status: claim.status,
    label: `${claim.subject.name} · ${claim.property.label}`,
    hasConflict: claim.conflicts.some((c) => c.status === "open"),
  };
  return { ...annotation, claims: [...annotation.claims.filter((c) => c.id !== claim.id), summary] };
}

export function SourceWorkspace(props: SourceWorkspaceProps) {
  const { project, source } = props;
  const isCurrentRevision = source.revision.number === source.currentRevision?.number;
  const textIndex = useMemo(() => createCodePointIndex(source.revision.text), [source.revision.text]);
  const [annotations, setAnnotations] = useState<WorkspaceAnnotation[]>([]);
  // Another revision (switched to, or just imported) brings its own anchoring.
  const annotationLoad = useRevisionAnnotations(source.id, source.revision, props.visibilityKey, textIndex, setAnnotations);
  const [activeId, setActiveId] = useState<string | undefined>(props.initialActiveId);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [drawer, setDrawer] = useState<Drawer>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [duplicate, setDuplicate] = useState<{ existing: WorkspaceAnnotation; action: SelectionAction } | null>(null);
  // A lost or approximate highlight waiting for the user to select its new place.
  const [reattaching, setReattaching] = useState<WorkspaceAnnotation | null>(null);
  const reader = useRef<ReaderHandle>(null);
  const drawNow = useCallback((annotation: WorkspaceAnnotation) => {
    const highlight = readerHighlightOf(annotation);
    if (highlight) reader.current?.drawHighlight(highlight);
  }, []);
  const { createAnnotation, error, clearError } = useCreateAnnotation(source.id, setAnnotations, drawNow);
  const suggestions = useClaimCandidates(source.id);
  const readerCandidates = useMemo(
    () => (suggestions.candidates ?? []).map((c) => ({ key: c.key, start: c.start, end: c.end, label: candidateSummary(c) })),
    [suggestions.candidates],
  );

  const highlights = useMemo(
    () => annotations.flatMap((a) => readerHighlightOf(a) ?? []),
    [annotations],
  );

  const readerFrame = useRef<HTMLDivElement>(null);
  const onSelectionChange = useCallback((range: { start: number; end: number } | null, rect: DOMRect | null) => {
    const frame = readerFrame.current?.getBoundingClientRect();
    // Both rectangles are measured now, in the viewport: their difference holds while the page scrolls.
    setSelection(range && rect && frame ? { ...range, top: rect.top - frame.top, left: rect.left - frame.left } : null);
  }, []);

  function openDrawer(action: SelectionAction, annotation: WorkspaceAnnotation, isFresh: boolean) {
    setActiveId(annotation.id);
    if (action === "claim") setDrawer({ kind: "claim", annotation, selectedText: annotation.exact, isFresh });
    if (action === "evidence" || action === "comment") setDrawer({ kind: action, annotation });
  }

  async function onSelectionAction(action: SelectionAction) {
    if (!selection) return;
    const existing = annotations.find((a) => a.start === selection.start && a.end === selection.end);
    // The same span twice would split its claims and comments over two highlights: offer the one there is.
    if (existing) {
      setSelection(null);
      setNotice(null);
      setActiveId(existing.id);
      setDuplicate({ existing, action });
      return;
    }
    // Drawn before the toolbar closes: the highlight does not wait for that re-render.
    const creating = createAnnotation(selection, textIndex.slice(selection.start, selection.end));
    setSelection(null);
    setNotice(null);
    const created = await creating;
    if (created) openDrawer(action, created, true);
  }

  const deleteHighlight = useCallback(async (annotation: WorkspaceAnnotation, { offerUndo }: { offerUndo: boolean }) => {
    try {
      await callApi(deleteAnnotationRoute, { params: { annotationId: annotation.id } });
      setAnnotations((current) => current.filter((a) => a.id !== annotation.id));
      setActiveId((current) => (current === annotation.id ? undefined : current));
      if (offerUndo) setNotice({ text: `Highlight “${annotation.exact}” deleted.`, undo: annotation });
    } catch (caught) {
      setNotice({ text: caught instanceof ApiRequestError ? caught.message : "The highlight could not be deleted. Try again.", isError: true });
    }
  }, []);

  async function reattachHere() {
    if (!selection || !reattaching) return;
    const target = reattaching;
    const range = { start: selection.start, end: selection.end };
    setSelection(null);
    try {
      const { annotation } = await callApi(reattachAnnotationRoute, { params: { annotationId: target.id }, body: range });
      setAnnotations((current) =>
        current.map((a) => (a.id === target.id ? { ...a, status: annotation.status, start: annotation.start, end: annotation.end } : a)).sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity)),
      );
      setReattaching(null);
      setActiveId(target.id);
      setNotice({ text: `Highlight re-attached to “${textIndex.slice(range.start, range.end)}”.` });
    } catch (caught) {
      setNotice({ text: caught instanceof ApiRequestError ? caught.message : "The highlight could not be re-attached. Try again.", isError: true });
    }
  }
  const startReattach = useCallback((annotation: WorkspaceAnnotation) => {
    setNotice(null);
    setReattaching(annotation);
  }, []);

  async function undoDelete(annotation: WorkspaceAnnotation) {
    setNotice(null);
    if (annotation.start === null || annotation.end === null) return;
    const restored = await createAnnotation({ start: annotation.start, end: annotation.end }, annotation.exact);
    if (restored) {
      setActiveId(restored.id);
      setNotice({ text: "The highlight is back." });
    }
  }

  function onClaimSaved(annotationId: string, claim: ClaimView, text: string) {
    setAnnotations((current) => current.map((a) => (a.id === annotationId ? withClaim(a, claim) : a)));
    setDrawer(null);
    setNotice({ text, claim });
  }

  async function editCandidate(candidate: Candidate) {
    setNotice(null);
    const existing = annotations.find((a) => a.start === candidate.start && a.end === candidate.end);
    const annotation = existing ?? (await createAnnotation({ start: candidate.start, end: candidate.end }, candidate.quote));
    if (!annotation) return;
    setActiveId(annotation.id);
    setDrawer({
      kind: "claim",
      annotation,
      selectedText: candidate.quote,
      isFresh: !existing,
      candidate: { suggestion: candidate, prefill: candidateClaimFields(candidate) },
    });
  }

  async function acceptCandidate(candidate: Candidate, choice: { subjectId: string; propertyId: string }) {
    setNotice(null);
    const recorded = await suggestions.accept(candidate, choice);
    if (!recorded) return;
    const { annotation, claim } = recorded;
    setAnnotations((current) => insertSorted(current, withClaim(workspaceAnnotation({ ...annotation, claims: [] }), claim)));
    setNotice({ text: `Claim saved: ${claim.subject.name} · ${claim.property.label}: ${claim.valueText}.`, claim });
  }

  // Stable callbacks, so that panel rows re-render only when their own annotation changes.
  const openClaimDrawer = useCallback(
    (annotation: WorkspaceAnnotation) => setDrawer({ kind: "claim", annotation, selectedText: annotation.exact, isFresh: false }),
    [],
  );
  const deleteFromPanel = useCallback((annotation: WorkspaceAnnotation) => void deleteHighlight(annotation, { offerUndo: true }), [deleteHighlight]);
  const openCommentDrawer = useCallback((annotation: WorkspaceAnnotation) => setDrawer({ kind: "comment", annotation }), []);

  return (
    // data-annotations: "ready" once the revision's highlights are drawn, for tests and tools that wait on them.
    <div className="workspace" data-annotations={annotationLoad.status}>
      <header className="workspace__header">
        <ProjectBreadcrumbs project={project} />
        <h1>{source.title}</h1>
        <p className="muted workspace__meta">
          {[source.outlet, source.author, source.publishedAt && `published ${source.publishedAt}`, source.language].filter(Boolean).join(" · ")}
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
        {props.codingRounds}
      </header>

      {error ? (
        <p role="alert" className="form-error">
          {error}{" "}
          <button type="button" className="button button--small button--quiet" onClick={clearError}>
            Dismiss
          </button>
        </p>
      ) : null}
      {duplicate ? (
        <p role="status" className="form-notice">
          This span is already highlighted.{" "}
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setDuplicate(null);
              openDrawer(duplicate.action, duplicate.existing, false);
            }}
          >
            Use the existing highlight
          </button>{" "}
          <button type="button" className="button button--small button--quiet" onClick={() => setDuplicate(null)}>
            Dismiss
          </button>
        </p>
      ) : null}
      {reattaching ? (
        <p role="status" className="form-notice">
          Select the new place of “{reattaching.exact}” in the text, then choose Re-attach here.{" "}
          <button type="button" className="button button--small button--quiet" onClick={() => setReattaching(null)}>
            Cancel
          </button>
        </p>
      ) : null}
      {annotationLoad.status === "failed" ? (
        <p role="alert" className="form-error">
          {annotationLoad.message}{" "}
          <button type="button" className="button button--small" onClick={annotationLoad.retry}>
            Try again
          </button>
        </p>
      ) : null}
      {notice ? (
        <p role={notice.isError ? "alert" : "status"} className={notice.isError ? "form-error" : "form-success"}>
          {notice.text}{" "}
          {notice.claim ? <ClaimNoticeActions claim={notice.claim} slug={project.slug} onSubmitted={(text) => setNotice({ text })} /> : null}
          {notice.undo ? (
            <button type="button" className="button button--small" onClick={() => void undoDelete(notice.undo!)}>
              Undo
            </button>
          ) : null}
        </p>
      ) : null}

      <div className="workspace__body">
        <div ref={readerFrame} className="workspace__reader" aria-label={`Source text, revision ${source.revision.number}`} role="document">
          {isCurrentRevision && suggestions.candidates === null ? (
            <div className="workspace__tools">
              <button type="button" className="button button--small" onClick={() => void suggestions.suggest()} disabled={suggestions.isLoading}>
                {suggestions.isLoading ? "Reading the text…" : "Suggest claims"}
              </button>
              {suggestions.error ? (
                <span role="alert" className="form-error">
                  {suggestions.error}
                </span>
              ) : null}
            </div>
          ) : null}
          <HighlightLegend hasCandidates={suggestions.candidates !== null} />
          <Reader
            handle={reader}
            isAwaitingHighlights={annotationLoad.status === "loading"}
            text={source.revision.text}
            highlights={highlights}
            activeHighlightId={activeId}
            onSelectionChange={onSelectionChange}
            onHighlightActivate={setActiveId}
            candidates={readerCandidates}
            focusedCandidateKey={suggestions.focusedKey}
            onCandidateActivate={suggestions.setFocusedKey}
          />
          {selection && props.canAnnotate && isCurrentRevision && !drawer && annotationLoad.status === "ready" ? (
            reattaching ? (
              <ReattachToolbar selection={selection} onReattach={reattachHere} onClose={() => setSelection(null)} />
            ) : (
              <SelectionToolbar selection={selection} onAction={onSelectionAction} onClose={() => setSelection(null)} />
            )
          ) : null}
        </div>
        {drawer?.kind === "claim" ? (
          <aside className="annotation-panel claim-drawer" aria-label="New claim">
            <ClaimForm
              projectId={project.id}
              properties={props.properties}
              evidence={[{ annotationId: drawer.annotation.id, exact: drawer.selectedText, sourceTitle: source.title }]}
              selectedText={drawer.selectedText}
              publishedAt={source.publishedAt ? source.publishedAt.slice(0, 10) : undefined}
              language={source.language ?? undefined}
              prefill={drawer.candidate?.prefill}
              onSaved={(claim) => {
                onClaimSaved(drawer.annotation.id, claim, `Claim saved: ${claim.subject.name} · ${claim.property.label}: ${claim.valueText}.`);
                if (drawer.candidate) void suggestions.dismiss(drawer.candidate.suggestion, claim.id);
              }}
              onCancel={() => {
                setDrawer(null);
                // A highlight made only for this claim goes with it; an earlier one stays.
                if (drawer.isFresh) void deleteHighlight(drawer.annotation, { offerUndo: false });
              }}
            />
          </aside>
        ) : drawer?.kind === "evidence" ? (
          <aside className="annotation-panel claim-drawer" aria-label="Add as evidence">
            <AddEvidencePicker
              projectId={project.id}
              annotationId={drawer.annotation.id}
              onAdded={(claim) => onClaimSaved(drawer.annotation.id, claim, `Added as evidence to ${claim.subject.name} · ${claim.property.label}.`)}
              onCancel={() => setDrawer(null)}
            />
          </aside>
        ) : drawer?.kind === "comment" ? (
          <aside className="annotation-panel claim-drawer" aria-label="Comments on the span">
            <blockquote className="drawer-quote">{drawer.annotation.exact}</blockquote>
            <CommentThread target={{ type: "annotation", id: drawer.annotation.id }} title="Comments on this span" />
            <button type="button" className="button" onClick={() => setDrawer(null)}>
              Close
            </button>
          </aside>
        ) : suggestions.candidates !== null ? (
          <CandidatePanel
            suggestions={suggestions}
            properties={props.properties}
            projectId={project.id}
            canDecide={props.canAnnotate && isCurrentRevision}
            onAccept={acceptCandidate}
            onEdit={(candidate) => void editCandidate(candidate)}
          />
        ) : (
          <AnnotationPanel
            annotations={annotations}
            isLoading={annotationLoad.status === "loading"}
            activeId={activeId}
            onActivate={setActiveId}
            onNewClaim={props.canAnnotate ? openClaimDrawer : undefined}
            onComments={openCommentDrawer}
            onDelete={props.canAnnotate && isCurrentRevision ? deleteFromPanel : undefined}
            onReattach={props.canAnnotate && isCurrentRevision ? startReattach : undefined}
            viewerId={props.viewerId}
          />
        )}
      </div>
    </div>
  );
}
