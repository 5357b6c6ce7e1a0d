import { z } from "zod";
import { calendarDateSchema } from "@/lib/calendar-date";

const id = z.string().min(1).max(64);

/** The most text one request may ask suggestions for: a long article, never a whole book. */
export const MAX_SUGGESTION_TEXT = 100_000;

export const suggestionLanguageSchema = z.enum(["en", "fr"]);

export const suggestTextSchema = z.object({
  text: z
    .string()
    .min(1, "Send the words to read suggestions from")
    .max(MAX_SUGGESTION_TEXT, `Send at most ${MAX_SUGGESTION_TEXT.toLocaleString("en")} characters`),
  publishedAt: calendarDateSchema.optional().meta({ description: "The source's publication day: dates without a year and relative dates resolve against it." }),
  language: suggestionLanguageSchema.optional(),
  projectId: id.optional().meta({ description: "Read vague amounts as this project's lexicon does (membership required)." }),
});
export type SuggestTextInput = z.output<typeof suggestTextSchema>;

export const suggestClaimsSchema = z
  .object({ revisionId: id.optional().meta({ description: "A revision of the source; the current one by default." }) })
  .optional();

/** A candidate's key: the hex sha256 the candidate list gives it. */
export const candidateKeySchema = z.string().regex(/^[0-9a-f]{64}$/, "A suggestion key is 64 hexadecimal digits");

export const dismissCandidateSchema = z.object({
  revisionId: id,
  claimId: id.optional().meta({ description: "The claim the researcher recorded from this suggestion after editing it: it is settled, not rejected." }),
});
export type DismissCandidateInput = z.output<typeof dismissCandidateSchema>;

export const acceptCandidateSchema = z.object({
  revisionId: id,
  subjectId: z.string().min(1, "Choose who or what the claim is about").max(64),
  propertyId: z.string().min(1, "Choose what the claim records: a property").max(64),
});
export type AcceptCandidateInput = z.output<typeof acceptCandidateSchema>;
