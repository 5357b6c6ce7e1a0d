import { z } from "zod";
import { calendarDateSchema } from "@/lib/calendar-date";

/**
 * Typed claim values. Every value is comparable: quantities are intervals,
 * dates are day ranges, assertions carry a polarity. `text` is the fallback
 * that only a person can compare.
 */

export const quantityKindSchema = z.enum(["exact", "at_least", "at_most", "approximately", "range", "vague"]);
export type QuantityKind = z.infer<typeof quantityKindSchema>;

export const quantityCategorySchema = z.enum(["killed", "wounded", "captured", "killed_or_wounded", "displaced", "other"]);
export type QuantityCategory = z.infer<typeof quantityCategorySchema>;

export const quantityValueSchema = z
  .object({
    type: z.literal("quantity"),
    kind: quantityKindSchema,
    /** Lower bound of the interval; null means unknown (vague with no interval). */
    min: z.number("Enter a number").nonnegative("A count cannot be negative").nullable(),
    /** Upper bound; null means open (at least, "30–45+"). */
    max: z.number("Enter a number").nonnegative("A count cannot be negative").nullable(),
    category: quantityCategorySchema.optional(),
    /** The words the value was read from, e.g. "several hundred". */
    text: z.string().max(500).optional(),
  })
  .refine((v) => v.min === null || v.max === null || v.min <= v.max, {
    message: "The lower bound must not exceed the upper bound",
    path: ["max"],
  });
export type QuantityValue = z.infer<typeof quantityValueSchema>;

const isoDate = calendarDateSchema;
export const datePrecisionSchema = z.enum(["day", "month", "year"]);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

export const dateValueSchema = z
  .object({
    type: z.literal("date"),
    start: isoDate,
    end: isoDate,
    precision: datePrecisionSchema,
    text: z.string().max(500).optional(),
  })
  .refine((v) => v.start <= v.end, { message: "The range must not end before it starts", path: ["end"] });
export type DateValue = z.infer<typeof dateValueSchema>;

export const assertionValueSchema = z.object({
  type: z.literal("assertion"),
  /** The proposition, e.g. "airstrikes occurred during the battle". */
  proposition: z.string().trim().min(1, "Write what is asserted, e.g. airstrikes occurred during the battle").max(500),
  polarity: z.enum(["affirmed", "denied"]),
  text: z.string().max(500).optional(),
});
export type AssertionValue = z.infer<typeof assertionValueSchema>;

export const entityValueSchema = z.object({
  type: z.literal("entity"),
  entityId: z.string().min(1, "Choose the entity that is the value"),
  text: z.string().max(500).optional(),
});
export type EntityValue = z.infer<typeof entityValueSchema>;

export const textValueSchema = z.object({
  type: z.literal("text"),
  text: z.string().trim().min(1, "Write the value").max(5000),
});
export type TextValue = z.infer<typeof textValueSchema>;

export const claimValueSchema = z.discriminatedUnion("type", [
  quantityValueSchema,
  dateValueSchema,
  assertionValueSchema,
  entityValueSchema,
  textValueSchema,
]);
export type ClaimValue = z.infer<typeof claimValueSchema>;

/** Qualifiers narrow what a claim is about; claims with different qualifiers never conflict. */
export const qualifiersSchema = z
  .object({
    time: z.string().trim().max(200).optional(),
    place: z.string().trim().max(200).optional(),
    victimGroup: z.enum(["civilians", "fighters", "soldiers", "mixed"]).optional(),
    side: z.string().trim().max(200).optional(),
  })
  .strict();
export type Qualifiers = z.infer<typeof qualifiersSchema>;
export type VictimGroup = NonNullable<Qualifiers["victimGroup"]>;

export const hedgingSchema = z.enum(["claimed", "reported", "confirmed", "disputed"]);
export type Hedging = z.infer<typeof hedgingSchema>;

/** One link of an attribution chain: an entity of the project or a named but unidentified party. */
export const attributionLinkSchema = z
  .object({
    role: z.enum(["origin", "intermediary", "reporter"]),
    entityId: z.string().min(1).optional(),
    partyName: z.string().trim().min(1).max(200).optional(),
    sourceId: z.string().min(1).optional(),
  })
  .refine((l) => Boolean(l.entityId || l.partyName || l.sourceId), {
    message: "Each link names an entity, a party or a source",
  });
export type AttributionLink = z.infer<typeof attributionLinkSchema>;
