"use client";

import { useEffect, useState, type Dispatch, type SetStateAction } from "react";
import { fromColumns } from "@/lib/annotations/annotation-columns";
import type { WorkspaceAnnotation } from "@/lib/annotations/workspace-annotation";
import type { CodePointIndex } from "@/lib/anchoring/code-point-index";
import { annotationColumnsRoute } from "@/lib/api/contract/sources";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";

export type AnnotationLoad = { status: "loading" } | { status: "ready" } | { status: "failed"; message: string };

/**
 * Loads the annotations of the revision shown, by the request the page
 * preloaded (see the source page), into the workspace's list; another
 * revision, or a change of what the viewer may see (`visibilityKey`: a blind
 * round closed), starts again from an empty list. Until they are in, the text reads
 * but takes no new highlight: a span could not be checked against the ones
 * already there.
 */
export function useRevisionAnnotations(
  sourceId: string,
  revision: { id: string; number: number },
  visibilityKey: string,
  text: CodePointIndex,
  setAnnotations: Dispatch<SetStateAction<WorkspaceAnnotation[]>>,
): AnnotationLoad & { retry: () => void } {
  const loadKey = `${revision.id} ${visibilityKey}`;
  const [load, setLoad] = useState<{ key: string; attempt: number; state: AnnotationLoad }>({
    key: loadKey,
    attempt: 0,
    state: { status: "loading" },
  });
  if (load.key !== loadKey) {
    setLoad({ key: loadKey, attempt: 0, state: { status: "loading" } });
    setAnnotations([]);
  }

  const { attempt } = load;
  useEffect(() => {
    const controller = new AbortController();
    callApi(annotationColumnsRoute, { params: { sourceId }, query: { revision: revision.number }, signal: controller.signal }).then(
      ({ columns }) => {
        setAnnotations(fromColumns(columns, text));
        setLoad((current) => ({ ...current, state: { status: "ready" } }));
      },
      (caught: unknown) => {
        if (controller.signal.aborted) return;
        const message = caught instanceof ApiRequestError ? caught.message : "The highlights could not be loaded.";
        setLoad((current) => ({ ...current, state: { status: "failed", message } }));
      },
    );
    return () => controller.abort();
  }, [sourceId, revision.id, revision.number, visibilityKey, text, attempt, setAnnotations]);

  return {
    ...load.state,
    retry: () => setLoad((current) => ({ ...current, attempt: current.attempt + 1, state: { status: "loading" } })),
  };
}
