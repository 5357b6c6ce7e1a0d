import { z } from "zod";

/** What finished jobs record, as their Job row's result holds it and the API shows it (lib/api/contract/jobs.ts). */

/** What an import created. */
export const importReportSchema = z.object({
  properties: z.object({ created: z.number().int(), reused: z.number().int() }),
  entities: z.object({ created: z.number().int(), reused: z.number().int() }),
  sources: z.number().int(),
  revisions: z.number().int(),
  annotations: z.number().int(),
  claims: z.number().int(),
  conflicts: z.number().int(),
});
export type ImportReport = z.output<typeof importReportSchema>;

export const importJobResultSchema = z.object({ imported: importReportSchema });
export type ImportJobResult = z.output<typeof importJobResultSchema>;

/** A rejected import's record keeps every refused line, not only the few its error message names. */
export const importFailureSchema = z.object({ problems: z.array(z.object({ line: z.number().int(), reason: z.string() })) });
export type ImportFailure = z.output<typeof importFailureSchema>;

export const recomputeJobResultSchema = z.object({
  recomputed: z.object({
    claimCount: z.number().int(),
    divergenceThreshold: z.number(),
    created: z.number().int(),
    closed: z.number().int(),
    reopened: z.number().int(),
    explanationsUpdated: z.number().int(),
  }),
});
export type RecomputeJobResult = z.output<typeof recomputeJobResultSchema>;

