import { z } from "zod";
import { divergenceThresholdSchema } from "@/lib/conflicts/conflict-input";
import { requiredApprovalsSchema } from "@/lib/review/review-input";
import { citationAuthorsSchema, contactEmailSchema, contactNameSchema, doiSchema } from "./citation-input";
import { datasetLicenceIdSchema } from "./dataset-licences";
import { PROJECT_TEMPLATE_IDS } from "./templates";

/** The slug rule of Project_slug_check: lowercase words joined by hyphens, at most 64 characters. */
export const PROJECT_SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const PROJECT_SLUG_MAX = 64;

export const createProjectSchema = z.object({
  name: z.string().trim().min(1, "A name is required").max(200),
  slug: z
    .string()
    .trim()
    .max(PROJECT_SLUG_MAX, `At most ${PROJECT_SLUG_MAX} characters`)
    .regex(PROJECT_SLUG_PATTERN, "Use lowercase letters, digits and single hyphens, e.g. sahel-2024")
    .optional(),
  description: z.string().trim().max(2000).default(""),
  template: z.enum(PROJECT_TEMPLATE_IDS).default("blank"),
});
export type CreateProjectInput = z.output<typeof createProjectSchema>;

/** "Sahel casualties 2024!" → "sahel-casualties-2024": a slug for a name, when none is given. */
export function slugFor(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, PROJECT_SLUG_MAX)
    .replace(/-+$/, "");
  return slug || "project";
}

/** A settings change names only what it changes; each limit is the one the settings forms and the database use. */
export const projectSettingsSchema = z.object({
  name: createProjectSchema.shape.name.optional(),
  description: z.string().trim().max(2000).optional(),
  divergenceThreshold: divergenceThresholdSchema.shape.divergenceThreshold.optional(),
  requiredApprovals: requiredApprovalsSchema.shape.requiredApprovals.optional(),
  /** What its exported datasets say about themselves (datapackage.json, CITATION.cff, LICENSE); null clears a field. */
  licence: datasetLicenceIdSchema.nullable().optional(),
  citationAuthors: citationAuthorsSchema.optional(),
  doi: doiSchema.nullable().optional(),
  contactName: contactNameSchema.nullable().optional(),
  contactEmail: contactEmailSchema.nullable().optional(),
});
export type ProjectSettingsInput = z.output<typeof projectSettingsSchema>;
