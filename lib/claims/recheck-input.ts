import { z } from "zod";

/** Confirming that a claim marked for re-check still holds on the source's new text. */
export const confirmRecheckSchema = z.object({
  note: z.string().trim().max(2000).default("The claim still holds on the new revision."),
});
