import { describe, expect, it } from "vitest";
import { readerHighlightOf } from "./highlight-model";
import type { WorkspaceAnnotation } from "@/lib/annotations/workspace-annotation";

const annotation: WorkspaceAnnotation = { id: "a", status: "anchored", start: 3, end: 9, exact: "killed", claims: [], createdById: "u", isInUse: false };

describe("the reader's highlight of an annotation", () => {
  it("is the same object for the same annotation and a new one for its successor", () => {
    const first = readerHighlightOf(annotation);
    expect(readerHighlightOf(annotation)).toBe(first);
    const withClaim = { ...annotation, claims: [{ id: "c", status: "rejected", label: "MSA · Casualties", hasConflict: true }] };
    expect(readerHighlightOf(withClaim)).toEqual({ id: "a", start: 3, end: 9, status: "rejected", hasConflict: true, label: "MSA · Casualties" });
    expect(readerHighlightOf(withClaim)).not.toBe(first);
  });

  it("names no quote without claims, and there is none for an orphan", () => {
    expect(readerHighlightOf(annotation)?.label).toBe("Highlight, no claim yet");
    expect(readerHighlightOf({ ...annotation, status: "orphaned", start: null, end: null })).toBeUndefined();
  });
});
