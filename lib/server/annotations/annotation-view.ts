import type { Annotation, AnnotationAnchor } from "@/lib/db/generated/client";

/** An annotation as the API and the editor see it on one revision: both W3C selectors plus its anchoring there. */
export function annotationView(
  annotation: Pick<Annotation, "id" | "sourceId" | "exact" | "prefix" | "suffix" | "createdById" | "createdAt">,
  anchor: Pick<AnnotationAnchor, "status" | "start" | "end"> | undefined,
  revisionNumber: number,
) {
  return {
    id: annotation.id,
    sourceId: annotation.sourceId,
    revision: revisionNumber,
    status: anchor?.status ?? "orphaned",
    start: anchor?.start ?? null,
    end: anchor?.end ?? null,
    selectors: [
      { type: "TextQuoteSelector" as const, exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix },
      ...(anchor?.start != null && anchor.end != null
        ? [{ type: "TextPositionSelector" as const, start: anchor.start, end: anchor.end }]
        : []),
    ],
    createdById: annotation.createdById,
    createdAt: annotation.createdAt.toISOString(),
  };
}
export type AnnotationView = ReturnType<typeof annotationView>;
