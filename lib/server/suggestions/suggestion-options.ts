import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { SuggestionOptions } from "@/lib/claims/parse/suggest";
import { vagueLexiconSchema } from "@/lib/claims/parse/vague-quantities";

type Reader = Db | Prisma.TransactionClient;

/** The project's own reading of vague amounts, when its owner set one; otherwise the parser's default. */
export async function projectLexicon(db: Reader, projectId: string): Promise<SuggestionOptions["vagueQuantities"]> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { vagueQuantities: true } });
  if (project?.vagueQuantities == null) return undefined;
  // A stored lexicon that no longer passes the parser's own schema reads as the default rather than failing every suggestion.
  const parsed = vagueLexiconSchema.safeParse(project.vagueQuantities);
  return parsed.success ? parsed.data : undefined;
}

/** How to read a source's words: against its publication day, in its language, with its project's lexicon. */
export async function sourceSuggestionOptions(
  db: Reader,
  source: { projectId: string; publishedAt: Date | null; language: string | null },
): Promise<SuggestionOptions> {
  const language = source.language?.toLowerCase().slice(0, 2);
  const vagueQuantities = await projectLexicon(db, source.projectId);
  return {
    ...(source.publishedAt ? { publishedAt: source.publishedAt.toISOString().slice(0, 10) } : {}),
    ...(language === "en" || language === "fr" ? { language } : {}),
    ...(vagueQuantities ? { vagueQuantities } : {}),
  };
}
