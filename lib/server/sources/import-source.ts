import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { prepareRevisionText } from "@/lib/sources/prepare-text";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeAudit } from "../audit";
import { ConflictError, PayloadTooLargeError, ValidationError } from "../errors";
import { importSourceSchema } from "@/lib/sources/source-input";
import { errorCodes } from "@/lib/errors/error-codes";

/**
 * Creates a source with its first revision. The same text (same sha256) in
 * the project is reported as a conflict naming the existing source, never
 * stored twice.
 */
export async function importSource(db: Db, actor: Actor, projectId: string, input: z.output<typeof importSourceSchema>) {
  const prepared = prepareRevisionText(input.text, input.format);
  if (!prepared.ok) {
    if (prepared.code === "too_large") throw new PayloadTooLargeError(prepared.message);
    throw new ValidationError(prepared.message, [{ path: "text", message: prepared.message }]);
  }
  return db.$transaction(async (tx) => {
    await requireProjectPermission(tx, actor, projectId, "source:create");
    await rejectDuplicate(tx, projectId, prepared.sha256);
    const { text: _text, format, ...metadata } = input;
    const source = await tx.source.create({
      data: {
        projectId,
        createdById: actor.userId,
        title: metadata.title,
        outlet: metadata.outlet,
        author: metadata.author,
        url: metadata.url,
        language: metadata.language,
        publishedAt: metadata.publishedAt ? new Date(metadata.publishedAt) : undefined,
        retrievedAt: metadata.retrievedAt ? new Date(metadata.retrievedAt) : undefined,
      },
    });
    const revision = await tx.sourceRevision.create({
      data: {
        sourceId: source.id,
        projectId,
        number: 1,
        text: prepared.text,
        sha256: prepared.sha256,
        codePoints: prepared.codePoints,
        format,
        metadata,
        createdById: actor.userId,
      },
      omit: { text: true },
    });
    await writeAudit(tx, {
      projectId,
      actor,
      action: "source.create",
      objectType: "Source",
      objectId: source.id,
      after: { ...metadata, revision: { number: 1, sha256: revision.sha256, format } },
    });
    return { source, revision };
  });
}

export async function rejectDuplicate(tx: Prisma.TransactionClient, projectId: string, sha256: string): Promise<void> {
  const existing = await tx.sourceRevision.findUnique({
    where: { projectId_sha256: { projectId, sha256 } },
    select: { number: true, source: { select: { id: true, title: true } } },
  });
  if (existing) {
    throw new ConflictError(
      `This exact text is already in the project: "${existing.source.title}" (revision ${existing.number}).`,
      { sourceId: existing.source.id, revision: existing.number, sha256 },
      errorCodes.duplicateContent,
    );
  }
}
