import { z } from "zod";

/** A token lives this long unless its creator picks another span, or none. */
export const DEFAULT_TOKEN_DAYS = 90;
export const TOKEN_LIFETIME_CHOICES = [30, 90, 365] as const;

export const tokenOptionsSchema = z.object({
  name: z.string().trim().min(1).max(100).optional().meta({ description: "A label for the token" }),
  expiresInDays: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .nullable()
    .optional()
    .meta({ description: `Days until the token stops working (default ${DEFAULT_TOKEN_DAYS}); null: never.` }),
});
export type TokenOptions = z.output<typeof tokenOptionsSchema>;

/** A token as its owner sees it in the list: never the token itself. */
export interface ApiTokenView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

export function tokenExpiry(options: TokenOptions, now = new Date()): Date | null {
  if (options.expiresInDays === null) return null;
  return new Date(now.getTime() + (options.expiresInDays ?? DEFAULT_TOKEN_DAYS) * 24 * 60 * 60 * 1000);
}
