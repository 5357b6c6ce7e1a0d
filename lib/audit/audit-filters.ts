import { z } from "zod";

export const auditFiltersSchema = z
  .object({
    actorId: z.string().min(1).max(64).optional(),
    objectType: z.string().min(1).max(64).optional(),
    /** With objectType: one object's history. */
    objectId: z.string().min(1).max(64).optional(),
    /** First day included (UTC). */
    from: z.iso.date().optional(),
    /** Last day included (UTC). */
    to: z.iso.date().optional(),
    /** Cursor: only events older than this id (the previous page's nextCursor). */
    before: z.string().regex(/^\d{1,19}$/, "A numeric event id").optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "The range must not end before it starts", path: ["to"] });

export type AuditFilters = z.output<typeof auditFiltersSchema>;
