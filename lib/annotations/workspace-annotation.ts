import type { AnnotationView } from "@/lib/server/annotations/annotation-view";
import type { ListedAnnotation } from "@/lib/server/annotations/list-annotations";

/**
 * What the source page's client needs of an annotation: its place, its words
 * and its claims' states. Selectors' context and claim values stay on the
 * server, which keeps a page with 10,000 annotations light.
 */
export function workspaceAnnotation(
  annotation: AnnotationView & { claims: Pick<ListedAnnotation["claims"][number], "id" | "status" | "label" | "hasConflict">[]; isInUse?: boolean },
) {
  const quote = annotation.selectors.find((selector) => selector.type === "TextQuoteSelector");
  return {
    id: annotation.id,
    status: annotation.status,
    start: annotation.start,
    end: annotation.end,
    exact: quote?.type === "TextQuoteSelector" ? quote.exact : "",
    claims: annotation.claims.map(({ id, status, label, hasConflict }) => ({ id, status, label, hasConflict })),
    createdById: annotation.createdById,
    /** Evidence or commented on: it stays. A highlight just made is neither. */
    isInUse: annotation.isInUse ?? false,
  };
}
export type WorkspaceAnnotation = ReturnType<typeof workspaceAnnotation>;
