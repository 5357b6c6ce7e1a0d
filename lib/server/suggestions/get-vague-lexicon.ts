import "server-only";
import { DEFAULT_VAGUE_QUANTITIES, type VagueQuantity } from "@/lib/claims/parse/vague-quantities";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { projectLexicon } from "./suggestion-options";

type Reader = Db | Prisma.TransactionClient;

export interface VagueLexiconView {
  /** Each entry's reading is spelled out: the parser reads a missing kind as vague. */
  entries: (VagueQuantity & { kind: "vague" | "approximately" })[];
  /** No list of the project's own (or one that no longer passes the parser's schema): the parser reads the default. */
  isDefault: boolean;
}

/** The lexicon the suggestions of a project read vague amounts with, exactly as they read it. */
export async function effectiveVagueLexicon(db: Reader, projectId: string): Promise<VagueLexiconView> {
  const own = await projectLexicon(db, projectId);
  return { entries: (own ?? DEFAULT_VAGUE_QUANTITIES).map((entry) => ({ ...entry, kind: entry.kind ?? "vague" })), isDefault: own === undefined };
}

/** Any member may see how the project reads "dozens" or "several hundred". */
export async function getVagueLexicon(db: Db, { actor, projectId }: { actor: Actor; projectId: string }): Promise<VagueLexiconView> {
  await requireProjectPermission(db, actor, projectId, "project:read");
  return effectiveVagueLexicon(db, projectId);
}
