import { z } from "zod";
import { errorCodes, type ErrorCode } from "@/lib/errors/error-codes";

// Contracts describe themselves with zod's own `.meta()` (`id` names a component), which
// zod-to-openapi reads from zod's global registry. No prototype patching, so no module has to
// be evaluated before another for the contracts to load (the dev bundler orders them freely).

export const idSchema = z.string().min(1).max(64);

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.values(errorCodes) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: "Error" });

export { z };
