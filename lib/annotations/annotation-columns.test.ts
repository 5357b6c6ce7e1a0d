import { describe, expect, it } from "vitest";
import { createCodePointIndex } from "@/lib/anchoring/code-point-index";
import type { WorkspaceAnnotation } from "./workspace-annotation";
import { fromColumns, toColumns } from "./annotation-columns";

const text = createCodePointIndex("A 🚀 rocket hit Ménaka; 4 (per MSA) were killed.");

function annotation(overrides: Partial<WorkspaceAnnotation> & Pick<WorkspaceAnnotation, "id">): WorkspaceAnnotation {
  return { status: "anchored", start: 2, end: 10, exact: text.slice(2, 10), claims: [], createdById: "user-1", isInUse: false, ...overrides };
}

describe("the source page's annotation columns", () => {
  const annotations: WorkspaceAnnotation[] = [
    annotation({ id: "a", claims: [{ id: "c1", status: "draft", label: "MSA · Casualties", hasConflict: true }] }),
    annotation({
      id: "b",
      start: 23,
      end: 34,
      exact: text.slice(23, 34),
      createdById: "user-2",
      isInUse: true,
      claims: [
        { id: "c2", status: "approved", label: "MSA · Casualties", hasConflict: false },
        { id: "c3", status: "submitted", label: "ISGS · Casualties", hasConflict: false },
      ],
    }),
    annotation({ id: "c", status: "fuzzy", start: 11, end: 15, exact: "hits" }),
    annotation({ id: "d", status: "orphaned", start: null, end: null, exact: "a quote no longer there" }),
  ];

  it("come back as the same annotations, claims in their order, astral characters counted as one", () => {
    expect(text.slice(2, 10)).toBe("🚀 rocket");
    expect(fromColumns(toColumns(annotations, text), text)).toEqual(annotations);
  });

  it("carry a quote only where it is not the text at its span, and each repeated string once", () => {
    const columns = toColumns(annotations, text);
    expect(columns.exacts).toEqual([null, null, "hits", "a quote no longer there"]);
    expect(columns.claims.labels.values).toEqual(["MSA · Casualties", "ISGS · Casualties"]);
    expect(columns.creators.values).toEqual(["user-1", "user-2"]);
    expect(columns.claims.annotation).toEqual([0, 1, 1]);
  });

  it("survive the page's serialization", () => {
    const wire = JSON.parse(JSON.stringify(toColumns(annotations, text)));
    expect(fromColumns(wire, text)).toEqual(annotations);
  });
});
