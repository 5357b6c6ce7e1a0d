import type { Source, SourceRevision } from "@/lib/db/generated/client";

type RevisionHead = Omit<SourceRevision, "text">;

/** The public shape of a source (API and pages); dates as ISO days. */
export function sourceSummary(source: Source, revision: RevisionHead | undefined) {
  return {
    id: source.id,
    projectId: source.projectId,
    title: source.title,
    outlet: source.outlet,
    author: source.author,
    url: source.url,
    publishedAt: isoDay(source.publishedAt),
    retrievedAt: isoDay(source.retrievedAt),
    language: source.language,
    createdAt: source.createdAt.toISOString(),
    currentRevision: revision
      ? {
          id: revision.id,
          number: revision.number,
          sha256: revision.sha256,
          format: revision.format,
          codePoints: revision.codePoints,
          createdAt: revision.createdAt.toISOString(),
        }
      : null,
  };
}

function isoDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
