import { z } from "zod";
import { AnchorStatus } from "@/lib/db/generated/enums";
import type { CodePointIndex } from "@/lib/anchoring/code-point-index";
import type { WorkspaceAnnotation } from "./workspace-annotation";

/** Distinct values once, and per row the index of its value. */
const tableSchema = <T extends z.ZodType>(value: T) => z.object({ values: z.array(value), codes: z.array(z.number().int().min(0)) });

const flagSchema = z.union([z.literal(0), z.literal(1)]);

/**
 * The source page's annotations as the reader loads them: one array per field
 * instead of one object per annotation, with repeated strings (states,
 * authors, claim labels) stored once, and no quote where it is the text at its
 * place anyway. At 10,000 annotations the objects cost 2.6 MB of payload, and
 * serializing, compressing and parsing them most of the page's extra time
 * (issue 20; `npm run bench -- editor`).
 */
export const annotationColumnsSchema = z
  .object({
    ids: z.array(z.string()),
    statuses: tableSchema(z.enum(AnchorStatus)),
    starts: z.array(z.number().int().nullable()),
    ends: z.array(z.number().int().nullable()),
    exacts: z.array(z.string().nullable()).meta({ description: "The quote where it differs from the text at the span (a fuzzy or orphaned anchor), else null" }),
    creators: tableSchema(z.string()),
    inUse: z.array(flagSchema).meta({ description: "1 where the highlight is evidence or commented on: it cannot be deleted" }),
    claims: z.object({
      annotation: z.array(z.number().int().min(0)).meta({ description: "The index of the annotation each claim row belongs to" }),
      ids: z.array(z.string()),
      statuses: tableSchema(z.string()),
      labels: tableSchema(z.string()),
      hasConflict: z.array(flagSchema),
    }),
  })
  .meta({ id: "AnnotationColumns" });

export type WorkspaceAnnotationColumns = z.infer<typeof annotationColumnsSchema>;

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
