import { z } from "zod";

/**
 * The project's divergence threshold t. Two compatible estimates with
 * representative values r1 <= r2 diverge when r2 > r1 and
 * (r2 − r1) / r1 >= t, i.e. when the larger is at least (1 + t) times the
 * smaller. At the default 0.5 the larger must be at least 1.5 times the
 * smaller: 30 and 45 diverge (exactly 1.5), 30 and 44 do not, 17 and 60 do.
 */
export const DEFAULT_DIVERGENCE_THRESHOLD = 0.5;

export const detectionOptionsSchema = z.object({
  divergenceThreshold: z.number().nonnegative().default(DEFAULT_DIVERGENCE_THRESHOLD),
});
export type DetectionOptions = z.infer<typeof detectionOptionsSchema>;
