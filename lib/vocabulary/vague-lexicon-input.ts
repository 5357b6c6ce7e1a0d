import { z } from "zod";
import { vagueLexiconSchema, vagueQuantitySchema } from "@/lib/claims/parse/vague-quantities";

export const MAX_VAGUE_QUANTITIES = 100;

/**
 * The parser's own lexicon schema decides what is stored; the checks before it
 * name the row a problem is in, so a form can show it beside that row's field
 * rather than once for the whole list.
 */
const lexiconEntriesSchema = z
  .array(vagueQuantitySchema)
  .max(MAX_VAGUE_QUANTITIES, `At most ${MAX_VAGUE_QUANTITIES} wordings`)
  .superRefine((entries, ctx) => {
    entries.forEach((entry, index) => {
      const first = entries.findIndex((other) => other.words === entry.words);
      if (first < index) ctx.addIssue({ code: "custom", path: [index, "words"], message: `"${entry.words}" is already in row ${first + 1}: each wording may appear once` });
    });
  })
  .pipe(vagueLexiconSchema);

export const replaceVagueLexiconSchema = z.object({
  entries: lexiconEntriesSchema.nullable().meta({
    description: "The project's whole list, replacing the one it had; null goes back to the default (ACLED's codebook).",
  }),
});
export type ReplaceVagueLexiconInput = z.output<typeof replaceVagueLexiconSchema>;
