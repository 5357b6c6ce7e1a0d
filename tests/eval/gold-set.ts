import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { calendarDateSchema } from "@/lib/calendar-date";
import { datePrecisionSchema, quantityCategorySchema, quantityKindSchema } from "@/lib/claims/value";

/** The gold files' format; tests/fixtures/suggestions/GUIDE.md says how they are annotated. */
const goldFigureSchema = z.object({
  text: z.string().min(1),
  kind: quantityKindSchema,
  min: z.number().nullable(),
  max: z.number().nullable(),
  category: quantityCategorySchema.nullable().optional(),
  victimGroup: z.enum(["civilians", "fighters", "soldiers", "mixed"]).nullable().optional(),
});

const goldSpanSchema = z.object({
  span: z.string().min(1),
  occurrence: z.number().int().positive().optional(),
  attribution: z
    .object({
      origin: z.string().min(1).nullable(),
      intermediaries: z.array(z.string().min(1)).default([]),
      polarity: z.enum(["affirmed", "denied"]).default("affirmed"),
    })
    .nullable(),
  figures: z.array(goldFigureSchema).default([]),
  dates: z
    .array(z.object({ text: z.string().min(1), start: calendarDateSchema, end: calendarDateSchema, precision: datePrecisionSchema }))
    .default([]),
});

export const goldTextSchema = z.object({
  url: z.url(),
  outlet: z.string().min(1),
  genre: z.enum(["wire", "broadcaster", "newspaper", "local-press", "un-report", "ngo-report", "press-release", "encyclopedic"]),
  language: z.enum(["en", "fr"]),
  publishedAt: calendarDateSchema,
  title: z.string(),
  text: z.string().min(1),
  spans: z.array(goldSpanSchema).min(1),
});

export type GoldText = z.infer<typeof goldTextSchema>;
export type GoldSpan = z.infer<typeof goldSpanSchema>;
export type GoldFigure = z.infer<typeof goldFigureSchema>;

export const GOLD_PARTS = ["dev", "holdout"] as const;
export type GoldPart = (typeof GOLD_PARTS)[number];

const GOLD_DIR = path.resolve(import.meta.dirname, "../fixtures/suggestions");

/** Every text of one part, checked against the format and against its own text. */
export function readGoldPart(part: GoldPart): (GoldText & { file: string })[] {
  const dir = path.join(GOLD_DIR, part);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const parsed = goldTextSchema.safeParse(JSON.parse(readFileSync(path.join(dir, file), "utf8")));
      if (!parsed.success) throw new Error(`${part}/${file}: ${z.prettifyError(parsed.error)}`);
      for (const span of parsed.data.spans) {
        if (!parsed.data.text.includes(span.span)) throw new Error(`${part}/${file}: span not in text: ${span.span}`);
        for (const piece of [...span.figures, ...span.dates]) {
          if (!span.span.includes(piece.text)) throw new Error(`${part}/${file}: "${piece.text}" not in span: ${span.span}`);
        }
      }
      return { ...parsed.data, file };
    });
}
