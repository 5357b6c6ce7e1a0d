import "server-only";

/** The project's columns datasetMetadataFromProject reads (vagueQuantities comes through projectLexicon). */
export const datasetSettingsSelect = {
  slug: true,
  description: true,
  licence: true,
  citationAuthors: true,
  doi: true,
  contactName: true,
  contactEmail: true,
  requiredApprovals: true,
  divergenceThreshold: true,
} as const;
