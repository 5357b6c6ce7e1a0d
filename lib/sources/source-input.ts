import { z } from "zod";
import { calendarDateSchema } from "@/lib/calendar-date";
import { SourceFormat } from "@/lib/db/generated/enums";

export const addRevisionSchema = z.object({
  text: z.string(),
  format: z.enum(SourceFormat).default("plain"),
});

export type AddRevisionInput = z.input<typeof addRevisionSchema>;

const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => v || undefined);

export const sourceMetadataSchema = z.object({
  title: z.string().trim().min(1, "A title is required").max(500),
  outlet: optionalText(200),
  author: optionalText(200),
  url: z.url({ protocol: /^https?$/, message: "Enter a web address starting with http:// or https://" }).max(2000).optional(),
  publishedAt: calendarDateSchema.optional(),
  retrievedAt: calendarDateSchema.optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language tag such as en or fr")
    .optional(),
});

export const importSourceSchema = sourceMetadataSchema.extend({
  text: z.string(),
  format: z.enum(SourceFormat).default("plain"),
});

export type ImportSourceInput = z.input<typeof importSourceSchema>;
