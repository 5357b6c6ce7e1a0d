import type { CodePointIndex } from "@/lib/anchoring/code-point-index";
import type { WorkspaceAnnotation } from "./workspace-annotation";

/**
 * The source page's annotations as they travel from the server component to
 * the client: one array per field instead of one object per annotation, with
 * repeated strings (states, authors, claim labels) stored once, and no quote
 * where it is the text at its place anyway. At 10,000 annotations the objects
 * cost 2.6 MB of page payload, and serializing, compressing and parsing them
 * most of the page's extra time (issue 20; `npm run bench -- editor`).
 */
export interface WorkspaceAnnotationColumns {
  ids: string[];
  statuses: Table<WorkspaceAnnotation["status"]>;
  starts: (number | null)[];
  ends: (number | null)[];
  /** The quote where it differs from the text at the span (a fuzzy or orphaned anchor), else null. */
  exacts: (string | null)[];
  creators: Table<string>;
  /** 1 where the highlight is evidence or commented on. */
  inUse: (0 | 1)[];
  claims: {
    /** The index of the annotation each claim row belongs to, in the annotations' order. */
    annotation: number[];
    ids: string[];
    statuses: Table<WorkspaceAnnotation["claims"][number]["status"]>;
    labels: Table<string>;
    hasConflict: (0 | 1)[];
  };
}

/** Distinct values once, and per row the index of its value. */
interface Table<T> {
  values: T[];
  codes: number[];
}

function tableOf<T>(rows: Iterable<T>): Table<T> {
  const values: T[] = [];
  const codeOf = new Map<T, number>();
  const codes: number[] = [];
  for (const row of rows) {
    let code = codeOf.get(row);
    if (code === undefined) {
      code = values.push(row) - 1;
      codeOf.set(row, code);
    }
    codes.push(code);
  }
  return { values, codes };
}

export function toColumns(annotations: readonly WorkspaceAnnotation[], text: CodePointIndex): WorkspaceAnnotationColumns {
  const claimRows = annotations.flatMap((annotation, index) => annotation.claims.map((claim) => ({ index, claim })));
  return {
    ids: annotations.map((a) => a.id),
    statuses: tableOf(annotations.map((a) => a.status)),
    starts: annotations.map((a) => a.start),
    ends: annotations.map((a) => a.end),
    exacts: annotations.map((a) => (a.start !== null && a.end !== null && text.slice(a.start, a.end) === a.exact ? null : a.exact)),
    creators: tableOf(annotations.map((a) => a.createdById)),
    inUse: annotations.map((a) => (a.isInUse ? 1 : 0)),
    claims: {
      annotation: claimRows.map((row) => row.index),
      ids: claimRows.map((row) => row.claim.id),
      statuses: tableOf(claimRows.map((row) => row.claim.status)),
      labels: tableOf(claimRows.map((row) => row.claim.label)),
      hasConflict: claimRows.map((row) => (row.claim.hasConflict ? 1 : 0)),
    },
  };
}

export function fromColumns(columns: WorkspaceAnnotationColumns, text: CodePointIndex): WorkspaceAnnotation[] {
  const annotations: WorkspaceAnnotation[] = columns.ids.map((id, i) => {
    const start = columns.starts[i]!;
    const end = columns.ends[i]!;
    return {
      id,
      status: columns.statuses.values[columns.statuses.codes[i]!]!,
      start,
      end,
      exact: columns.exacts[i] ?? text.slice(start!, end!),
      claims: [],
      createdById: columns.creators.values[columns.creators.codes[i]!]!,
      isInUse: columns.inUse[i] === 1,
    };
  });
  const { claims } = columns;
  claims.ids.forEach((id, row) => {
    annotations[claims.annotation[row]!]!.claims.push({
      id,
      status: claims.statuses.values[claims.statuses.codes[row]!]!,
      label: claims.labels.values[claims.labels.codes[row]!]!,
      hasConflict: claims.hasConflict[row] === 1,
    });
  });
  return annotations;
}
