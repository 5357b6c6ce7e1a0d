import "server-only";
import { z } from "zod";
import { describeSpan } from "@/lib/anchoring/describe-span";
import { quoteToPosition } from "@/lib/anchoring/match-quote";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { NotFoundError, ValidationError } from "../errors";
import { annotationView } from "./annotation-view";
import { createAnnotationSchema } from "@/lib/anchoring/annotation-input";

/**
 * Anchors a new span on the source's current revision, from code point
 * offsets or from a quote selector, and stores both W3C selectors.
 */
export async function createAnnotation(
  db: Db,
  actor: Actor,
  sourceId: string,
  input: z.output<typeof createAnnotationSchema>,
  tx?: Prisma.TransactionClient,
) {
  const run = async (t: Prisma.TransactionClient) => {
    const source = await t.source.findUnique({ where: { id: sourceId }, select: { projectId: true } });
    if (!source) throw new NotFoundError("Source");
    await requireProjectPermission(t, actor, source.projectId, "annotation:create", "Source");
    const revision = await t.sourceRevision.findFirstOrThrow({
      where: { sourceId },
      orderBy: { number: "desc" },
      select: { id: true, text: true, number: true },
    });

    let span: { start: number; end: number };
    if ("quote" in input) {
      const match = quoteToPosition(revision.text, input.quote);
      if (!match) {
        throw new ValidationError("The quote was not found in the current revision of this source.", [
          { path: "quote.exact", message: "Not found in the text" },
        ]);
      }
      span = match;
    } else {
      span = input;
    }
    const described = describeSpan(revision.text, span.start, span.end);
    if (!described.ok) {
      throw new ValidationError(`Invalid span: ${described.error.message}.`, [
        { path: described.error.code === "empty_span" ? "end" : "start", message: described.error.message },
      ]);
    }
    const { position, quote } = described;
    const annotation = await t.annotation.create({
      data: {
        projectId: source.projectId,
        sourceId,
        revisionId: revision.id,
        start: position.start,
        end: position.end,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        createdById: actor.userId,
        anchors: { create: { revisionId: revision.id, status: "anchored", start: position.start, end: position.end, score: 1 } },
      },
      include: { anchors: true },
    });
    await writeAudit(t, {
      projectId: source.projectId,
      actor,
      action: "annotation.create",
      objectType: "Annotation",
      objectId: annotation.id,
      after: { sourceId, revision: revision.number, start: position.start, end: position.end, exact: quote.exact },
    });
    return annotationView(annotation, annotation.anchors[0]!, revision.number);
  };
  return tx ? run(tx) : db.$transaction(run);
}
