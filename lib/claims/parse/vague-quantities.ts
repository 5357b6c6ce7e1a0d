import { z } from "zod";

/** How a project reads one vague amount: the words, and the interval they stand for (null: open or unknown). */
export const vagueQuantitySchema = z
  .object({
    words: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "Write the words, e.g. dozens")
      .max(60)
      .regex(/^[\p{L}' -]+$/u, "Use letters and spaces only")
      // JSON Schema patterns are ECMA-262 with Unicode on: the same pattern, without the /u flag zod would publish.
      .meta({ pattern: "^[\\p{L}' -]+$" }),
    min: z.number().int().nonnegative().nullable(),
    max: z.number().int().nonnegative().nullable(),
    /** "une trentaine" is about thirty: an approximation, not a vague amount. */
    kind: z.enum(["vague", "approximately"]).optional(),
  })
  .refine((v) => v.min === null || v.max === null || v.min <= v.max, {
    message: "The lower bound must not exceed the upper bound",
    path: ["max"],
  });
export type VagueQuantity = z.infer<typeof vagueQuantitySchema>;

export const vagueLexiconSchema = z
  .array(vagueQuantitySchema)
  .max(100)
  .refine((entries) => new Set(entries.map((e) => e.words)).size === entries.length, {
    message: "Each wording may appear once",
  });

/**
 * The default reading of vague amounts. ACLED's codebook takes the most
 * conservative figure a vague report allows and codes "tens" as 10, "dozens"
 * as 12 and "hundreds" as 100: a plural unit is at least one unit. The upper
 * end is just under the next order of magnitude, so that the interval stays
 * comparable with other reports of the same event. "Several" and "few" are
 * 2 to 9 of something; "many" and "numerous" give no interval at all: they
 * are shown so the user sees them, and never compared automatically.
 * Projects can replace this list.
 */
export const DEFAULT_VAGUE_QUANTITIES: readonly VagueQuantity[] = [
  { words: "hundreds of thousands", min: 100_000, max: 999_999 },
  { words: "tens of thousands", min: 10_000, max: 99_999 },
  { words: "several hundred", min: 200, max: 900 },
  { words: "several thousand", min: 2_000, max: 9_000 },
  { words: "several dozen", min: 24, max: 99 },
  { words: "millions", min: 1_000_000, max: 9_999_999 },
  { words: "thousands", min: 1_000, max: 9_999 },
  { words: "hundreds", min: 100, max: 999 },
  { words: "scores", min: 20, max: 99 },
  { words: "dozens", min: 12, max: 99 },
  { words: "tens", min: 10, max: 99 },
  { words: "a few", min: 2, max: 9 },
  { words: "few", min: 2, max: 9 },
  { words: "several", min: 2, max: 9 },
  { words: "a number of", min: null, max: null },
  { words: "numerous", min: null, max: null },
  { words: "many", min: null, max: null },
  // French approximate amounts: "une trentaine" is about thirty, read as approximately 30.
  { words: "half a dozen", min: 5, max: 7, kind: "approximately" },
  { words: "une dizaine", min: 9, max: 11, kind: "approximately" },
  { words: "une quinzaine", min: 13, max: 17, kind: "approximately" },
  { words: "une vingtaine", min: 18, max: 22, kind: "approximately" },
  { words: "une trentaine", min: 27, max: 33, kind: "approximately" },
  { words: "une quarantaine", min: 36, max: 44, kind: "approximately" },
  { words: "une cinquantaine", min: 45, max: 55, kind: "approximately" },
  { words: "une centaine", min: 90, max: 110, kind: "approximately" },
  { words: "des dizaines", min: 10, max: 99 },
  { words: "des centaines", min: 100, max: 999 },
  { words: "des milliers", min: 1_000, max: 9_999 },
];
