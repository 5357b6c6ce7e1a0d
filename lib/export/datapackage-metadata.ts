import { z } from "zod";
import { DEFAULT_VAGUE_QUANTITIES, vagueLexiconSchema } from "@/lib/claims/parse/vague-quantities";
import { citationAuthorsSchema } from "@/lib/projects/citation-input";
import { datasetLicenceIdSchema } from "@/lib/projects/dataset-licences";

/**
 * What a project says about its datasets and the rules its claims were made
 * under: the README, datapackage.json, CITATION.cff and LICENSE of every
 * export are written from it. Only settings go in, never the time or the
 * exporter, so the same settings give the same files.
 */
export const datasetMetadataSchema = z.object({
  /** The project's slug: the package's name. */
  slug: z.string().min(1),
  description: z.string(),
  licence: datasetLicenceIdSchema.nullable(),
  authors: citationAuthorsSchema,
  doi: z.string().nullable(),
  contact: z.object({ name: z.string().nullable(), email: z.string().nullable() }).nullable(),
  requiredApprovals: z.number().int().min(1),
  divergenceThreshold: z.number().positive(),
  vagueQuantities: vagueLexiconSchema,
});
export type DatasetMetadata = z.infer<typeof datasetMetadataSchema>;

export interface ProjectDatasetSettings {
  slug: string;
  description: string;
  licence: string | null;
  citationAuthors: unknown;
  doi: string | null;
  contactName: string | null;
  contactEmail: string | null;
  requiredApprovals: number;
  divergenceThreshold: number;
  /** The project's own lexicon, or undefined for the default one. */
  vagueQuantities: unknown;
}

/** The project row's settings, checked: JSON columns and free strings become the types the generators rely on. */
export function datasetMetadataFromProject(project: ProjectDatasetSettings): DatasetMetadata {
  const hasContact = project.contactName !== null || project.contactEmail !== null;
  return datasetMetadataSchema.parse({
    slug: project.slug,
    description: project.description,
    licence: project.licence,
    authors: project.citationAuthors,
    doi: project.doi,
    contact: hasContact ? { name: project.contactName, email: project.contactEmail } : null,
    requiredApprovals: project.requiredApprovals,
    divergenceThreshold: project.divergenceThreshold,
    vagueQuantities: project.vagueQuantities ?? DEFAULT_VAGUE_QUANTITIES,
  });
}
