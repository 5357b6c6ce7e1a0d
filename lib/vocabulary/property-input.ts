import { z } from "zod";
import { ValueType } from "@/lib/db/generated/enums";

/** Keys name a property in exports and imports, so they are plain and never change. */
export const PROPERTY_KEY_PATTERN = /^[a-z][a-z0-9_]*$/;

const label = z.string().trim().min(1, "Give the property a label").max(120, "At most 120 characters");
const description = z.string().trim().max(1000, "At most 1000 characters");

export const createPropertySchema = z.object({
  key: z
    .string()
    .trim()
    .min(1, "Give the property a key")
    .max(64, "At most 64 characters")
    .regex(PROPERTY_KEY_PATTERN, "Use lowercase letters, digits and underscores, starting with a letter, e.g. civilian_deaths"),
  label,
  valueType: z.enum(ValueType),
  isSingleValued: z.boolean().default(true).meta({ description: "Two different entity values contradict each other." }),
  description: description.default(""),
});
export type CreatePropertyInput = z.output<typeof createPropertySchema>;

/** A change names only what it changes; the key is fixed, since exports and imports refer to it. */
export const updatePropertySchema = z.strictObject(
  {
    label: label.optional(),
    valueType: z.enum(ValueType).optional().meta({ description: "Only while no claim uses the property." }),
    isSingleValued: z.boolean().optional(),
    description: description.optional(),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `These fields cannot be changed: ${issue.keys.join(", ")} (a key is fixed once created)` : undefined) },
);
export type UpdatePropertyInput = z.output<typeof updatePropertySchema>;

export const valueTypeLabels: Record<ValueType, string> = {
  quantity: "Quantity (a number or a range)",
  date: "Date",
  assertion: "Assertion (happened / did not)",
  entity: "Entity (a person, group or place)",
  text: "Text",
};

/** The short word for a value type, beside a property's label. */
export const valueTypeNames: Record<ValueType, string> = {
  quantity: "count",
  date: "date",
  assertion: "happened or not",
  entity: "entity",
  text: "text",
};
