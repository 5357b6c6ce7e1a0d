import { z } from "zod";

/** A highlight's new place on the current revision, in code points. */
export const reattachSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((range) => range.end > range.start, { message: "Select some text: the end comes after the start", path: ["end"] });
export type ReattachInput = z.output<typeof reattachSchema>;
