import { z } from "zod";

/**
 * W3C Web Annotation selectors. Offsets count Unicode code points of the
 * revision text, as the W3C model specifies for TextPositionSelector.
 */

/** Code points of context kept on each side of a quote, as in the Hypothesis client. */
export const QUOTE_CONTEXT_LENGTH = 32;

export const textPositionSelectorSchema = z
  .object({
    type: z.literal("TextPositionSelector"),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((selector) => selector.start < selector.end, {
    message: "A span must end after it starts",
    path: ["end"],
  });
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

export const textQuoteSelectorSchema = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;

/** What a stored annotation keeps to find its span again in another revision. */
export interface SpanAnchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export type QuoteContext = Pick<SpanAnchor, "exact" | "prefix" | "suffix">;
