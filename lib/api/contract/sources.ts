import { AnchorStatus } from "@/lib/db/generated/enums";
import { reattachSchema } from "@/lib/anchoring/reattach-input";
import { addRevisionSchema, importSourceSchema } from "@/lib/sources/source-input";
import { createAnnotationSchema } from "@/lib/anchoring/annotation-input";
import { defineRoute } from "../define-route";
import { idSchema, z } from "../schemas";
import { sourceSchema } from "./foundation";
import { annotationColumnsSchema } from "@/lib/annotations/annotation-columns";

export const importSourceRoute = defineRoute({
  operationId: "importSource",
  method: "post",
  path: "/api/v1/projects/{projectId}/sources",
  summary: "Import a source: its text (plain, markdown, or html reduced to text) and metadata. Same text twice → 409.",
  tag: "Sources",
  params: z.object({ projectId: idSchema }),
  body: importSourceSchema,
  response: { status: 201, description: "The new source.", schema: z.object({ source: sourceSchema }) },
  errors: [403, 404, 409, 413],
});

const reanchoringSchema = z.object({
  anchored: z.number().int(),
  moved: z.number().int(),
  fuzzy: z.number().int(),
  orphaned: z.number().int(),
});

export const addRevisionRoute = defineRoute({
  operationId: "addRevision",
  method: "post",
  path: "/api/v1/sources/{sourceId}/revisions",
  summary: "Add a new revision of a source's text; every annotation is re-anchored on it.",
  tag: "Sources",
  params: z.object({ sourceId: idSchema }),
  body: addRevisionSchema,
  response: {
    status: 201,
    description: "The revision and how its annotations were re-anchored.",
    schema: z.object({
      revision: z.object({ id: z.string(), number: z.number().int(), sha256: z.string() }),
      reanchoring: reanchoringSchema,
      claimsToRecheck: z.number().int().meta({ description: "Claims whose evidence was placed only by fuzzy matching, or lost: marked for re-check" }),
    }),
  },
  errors: [403, 404, 409, 413],
});

export const annotationSchema = z
  .object({
    id: z.string(),
    sourceId: z.string(),
    revision: z.number().int(),
    status: z.enum(AnchorStatus),
    start: z.number().int().nullable(),
    end: z.number().int().nullable(),
    selectors: z.array(
      z.union([
        z.object({ type: z.literal("TextQuoteSelector"), exact: z.string(), prefix: z.string(), suffix: z.string() }),
        z.object({ type: z.literal("TextPositionSelector"), start: z.number().int(), end: z.number().int() }),
      ]),
    ),
    createdById: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: "Annotation" });

export const createAnnotationRoute = defineRoute({
  operationId: "createAnnotation",
  method: "post",
  path: "/api/v1/sources/{sourceId}/annotations",
  summary: "Highlight a span of the current revision by code point offsets {start, end} or by a quote selector.",
  tag: "Annotations",
  params: z.object({ sourceId: idSchema }),
  body: createAnnotationSchema,
  response: { status: 201, description: "The annotation with both selectors.", schema: z.object({ annotation: annotationSchema }) },
  errors: [403, 404],
});

export const deleteAnnotationRoute = defineRoute({
  operationId: "deleteAnnotation",
  method: "delete",
  path: "/api/v1/annotations/{annotationId}",
  summary: "Delete one's own highlight that is no claim's evidence and has no comment; audited. Undo by highlighting the same span again.",
  tag: "Annotations",
  params: z.object({ annotationId: idSchema }),
  response: { status: 204, description: "Deleted." },
  errors: [403, 404, 409],
});

export const listAnnotationsRoute = defineRoute({
  operationId: "listAnnotations",
  method: "get",
  path: "/api/v1/sources/{sourceId}/annotations",
  summary: "Annotations of a source on its current revision (or ?revision=N), in text order, with anchoring status.",
  tag: "Annotations",
  params: z.object({ sourceId: idSchema }),
  query: z.object({ revision: z.coerce.number().int().min(1).optional() }),
  response: {
    status: 200,
    description: "Annotations.",
    schema: z.object({
      annotations: z.array(
        annotationSchema.extend({
          claims: z.array(z.object({ id: z.string(), status: z.string(), label: z.string(), hasConflict: z.boolean() })),
          isInUse: z.boolean().meta({ description: "Evidence of a claim (withdrawn ones included) or commented on: it cannot be deleted." }),
        }),
      ),
    }),
  },
  errors: [403, 404],
});

export const annotationColumnsRoute = defineRoute({
  operationId: "listAnnotationColumns",
  method: "get",
  path: "/api/v1/sources/{sourceId}/annotation-columns",
  summary:
    "What a reader draws of every annotation of a source on its current revision (or ?revision=N): one array per field, " +
    "in text order, orphans last. The source page loads its highlights with this; listAnnotations has the full objects.",
  tag: "Annotations",
  params: z.object({ sourceId: idSchema }),
  query: z.object({ revision: z.coerce.number().int().min(1).optional() }),
  response: {
    status: 200,
    description: "The revision read, and its annotations as columns.",
    schema: z.object({ revision: z.number().int(), columns: annotationColumnsSchema }),
  },
  errors: [403, 404],
});

export const reattachAnnotationRoute = defineRoute({
  operationId: "reattachAnnotation",
  method: "post",
  path: "/api/v1/annotations/{annotationId}/anchor",
  summary:
    "Re-attach a highlight that re-anchoring lost or placed only approximately: its new place on the source's current revision " +
    "(code points). The original quote is kept; the change is audited. A highlight in place → 409.",
  tag: "Annotations",
  params: z.object({ annotationId: idSchema }),
  body: reattachSchema,
  response: { status: 200, description: "The highlight on the current revision.", schema: z.object({ annotation: annotationSchema }) },
  errors: [403, 404, 409],
});

export const revisionTextRoute = defineRoute({
  operationId: "getRevisionText",
  method: "get",
  path: "/api/v1/sources/{sourceId}/revisions/{number}/text",
  summary:
    "The text of one revision of a source, as text/plain: what the W3C Web Annotation export's target.source names, so that " +
    "clients can fetch the text they anchor on. Offsets in the export count code points of this text.",
  tag: "Sources",
  params: z.object({ sourceId: idSchema, number: z.coerce.number().int().min(1) }),
  response: { status: 200, description: "The revision's text.", files: { "text/plain; charset=utf-8": z.string() } },
  errors: [403, 404],
});
