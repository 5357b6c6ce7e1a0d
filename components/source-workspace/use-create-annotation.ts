"use client";

import { startTransition, useState, type Dispatch, type SetStateAction } from "react";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { workspaceAnnotation, type WorkspaceAnnotation } from "@/lib/annotations/workspace-annotation";
import { afterNextPaint } from "@/lib/client/after-next-paint";
import { callApi } from "@/lib/client/api-client";
import { createAnnotationRoute } from "@/lib/api/contract/sources";

/**
 * Creates an annotation through the API. The highlight appears at once with a
 * temporary id and is replaced by the stored one, or removed with an error.
 * `drawNow` puts it on the page in the caller's own task; the request and the
 * lists that show it too wait until that frame is painted (issue 20: with
 * 10,000 highlights, starting them in the keystroke's task delayed the
 * highlight by a third).
 */
export function useCreateAnnotation(
  sourceId: string,
  setAnnotations: Dispatch<SetStateAction<WorkspaceAnnotation[]>>,
  drawNow: (annotation: WorkspaceAnnotation) => void,
) {
  const [error, setError] = useState<string | null>(null);

  async function createAnnotation(range: { start: number; end: number }, exact: string): Promise<WorkspaceAnnotation | null> {
    const temporaryId = `pending-${Date.now()}`;
    const optimistic: WorkspaceAnnotation = { id: temporaryId, status: "anchored", start: range.start, end: range.end, exact, claims: [], createdById: "", isInUse: false };
    drawNow(optimistic);
    await afterNextPaint();
    startTransition(() => setAnnotations((current) => insertSorted(current, optimistic)));
    try {
      const { annotation } = await callApi(createAnnotationRoute, { params: { sourceId }, body: { start: range.start, end: range.end } });
      const stored = workspaceAnnotation({ ...annotation, claims: [] });
      setAnnotations((current) => current.map((a) => (a.id === temporaryId ? stored : a)));
      return stored;
    } catch (caught) {
      setAnnotations((current) => current.filter((a) => a.id !== temporaryId));
      setError(caught instanceof ApiRequestError ? caught.message : "The highlight could not be saved. Try again.");
      return null;
    }
  }

  return { createAnnotation, error, clearError: () => setError(null) };
}

/** Keeps the panel's text order: by start, the longer first. */
export function insertSorted(list: WorkspaceAnnotation[], item: WorkspaceAnnotation): WorkspaceAnnotation[] {
  const index = list.findIndex((a) => a.start === null || a.start > item.start! || (a.start === item.start && a.end! > item.end!));
  return index === -1 ? [...list, item] : [...list.slice(0, index), item, ...list.slice(index)];
}
