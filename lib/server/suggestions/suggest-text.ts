import "server-only";
import type { Db } from "@/lib/db/client";
import type { SuggestTextInput } from "@/lib/claims/suggestion-input";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { readTextSuggestions } from "./read-suggestions";
import { projectLexicon } from "./suggestion-options";

/**
 * What some words suggest (the claim form's selection). Nothing is stored; a
 * project is named only to read vague amounts its way, so only its members may name it.
 */
export async function suggestText(db: Db, actor: Actor, input: SuggestTextInput) {
  let vagueQuantities;
  if (input.projectId) {
    await requireProjectPermission(db, actor, input.projectId, "project:read");
    vagueQuantities = await projectLexicon(db, input.projectId);
  }
  return readTextSuggestions(input.text, {
    ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
    ...(input.language ? { language: input.language } : {}),
    ...(vagueQuantities ? { vagueQuantities } : {}),
  });
}
