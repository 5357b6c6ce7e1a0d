import { z } from "zod";
import { textQuoteSelectorSchema } from "@/lib/anchoring/selectors";

export const createAnnotationSchema = z.union([
  z.object({
    start: z.number().int("start must be an integer code point offset"),
    end: z.number().int("end must be an integer code point offset"),
  }),
  z.object({ quote: textQuoteSelectorSchema.omit({ type: true }).extend({ prefix: z.string().default(""), suffix: z.string().default("") }) }),
]);

export type CreateAnnotationInput = z.input<typeof createAnnotationSchema>;
