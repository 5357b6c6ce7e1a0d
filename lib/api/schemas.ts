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

/**
 * A named schema or null. Not `.nullable()`: zod-to-openapi writes that as `allOf: [$ref, {type: [object, null]}]`,
 * which refuses null since the reference must hold too (asteasolutions/zod-to-openapi#387); a union is `anyOf`.
 */
export const nullableRef = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

export { z };
