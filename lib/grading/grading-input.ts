import { z } from "zod";
import { normalizePartyName } from "@/lib/estimates/origin";
import { credibilityGradeSchema, estimateRuleKindSchema, reliabilityGradeSchema } from "@/lib/estimates/rule";

// Grades are sets: stored sorted and once each, so a save that only reorders them changes nothing.
const gradeSet = <T extends string | number>(grade: z.ZodType<T>) =>
  z
    .array(grade)
    .max(6)
    .transform((grades) => [...new Set(grades)].sort());

/** The project's estimate rule, and whether (and which) Admiralty grades it weighs. */
export const estimateSettingsSchema = z.object({
  rule: estimateRuleKindSchema,
  isGradingEnabled: z.boolean(),
  excludedReliability: gradeSet(reliabilityGradeSchema),
  excludedCredibility: gradeSet(credibilityGradeSchema),
});
export type EstimateSettingsInput = z.input<typeof estimateSettingsSchema>;
export type EstimateSettingsView = z.output<typeof estimateSettingsSchema>;

/** One named party's grade by its name as a chain spells it; `grade: null` takes the grade away. */
export const setPartyReliabilitySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Name the party")
    .max(200)
    .refine((name) => normalizePartyName(name) !== "", "A party's name needs letters or figures"),
  grade: reliabilityGradeSchema.nullable(),
});
export type SetPartyReliabilityInput = z.output<typeof setPartyReliabilitySchema>;
