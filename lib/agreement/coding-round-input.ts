import { z } from "zod";

/** The most coders one round takes: agreement is computed over every pair of them. */
export const MAX_CODERS_PER_ROUND = 20;

/**
 * What an owner sends to open a coding round on a source (issue 19). At least
 * two coders: agreement needs two codings of the same text to compare.
 */
export const openCodingRoundSchema = z
  .strictObject({
    coderIds: z
      .array(z.string().min(1).max(64))
      .min(2, "A round needs at least two coders: agreement compares two codings of the same text")
      .max(MAX_CODERS_PER_ROUND, `A round takes at most ${MAX_CODERS_PER_ROUND} coders`)
      .refine((ids) => new Set(ids).size === ids.length, "Each coder is named once")
      .meta({ description: "User ids of the coders: members of the source's project who may create claims." }),
    isBlind: z
      .boolean()
      .default(true)
      .meta({ description: "While a blind round is open, each coder sees only their own highlights and claims on the source." }),
  })
  .meta({ id: "OpenCodingRound" });

export type OpenCodingRoundInput = z.output<typeof openCodingRoundSchema>;
