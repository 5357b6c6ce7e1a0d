import { z } from "zod";
import { agreementReportSchema } from "@/lib/agreement/agreement-report-schema";
import { ClaimStatus, ExportFormat } from "@/lib/db/generated/enums";
import { CONTEXT_FILE_PATH, type DatasetDescription, type ExportCounts } from "./dataset";
import { filterFieldsSchema } from "./filters";
import { EXPORT_SCHEMA_VERSION } from "./records";
import { iri, provenanceContextIri } from "./vocabulary";

/**
 * The manifest is the one file that says when and by whom: dataset name and
 * version, the filters used (with the names of what they select), counts, the
 * schema version, and the size and sha256 of every other file of the export.
 */

const namedRef = z.object({ id: z.string(), name: z.string() });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestFileSchema = z.object({
  path: z.string(),
  mediaType: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256,
  /**
   * The sha256 of the file without its end that only the export run determines
   * (prov.jsonld: the export activity's times): the same for the same data and
   * filters, so it tells whether a version can be reused.
   */
  reproducibleSha256: sha256.optional(),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

export const countsSchema = z.object({
  claims: z.number().int().nonnegative(),
  evidence: z.number().int().nonnegative(),
  sources: z.number().int().nonnegative(),
  entities: z.number().int().nonnegative(),
  properties: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
  claimsByStatus: z.partialRecord(z.enum(ClaimStatus), z.number().int().nonnegative()),
});

/** Names of what the filters select, for a reader of the manifest. */
export const filterNamesSchema = z.object({
  sources: z.array(z.object({ id: z.string(), title: z.string() })),
  properties: z.array(z.object({ key: z.string(), label: z.string() })),
  entities: z.array(namedRef),
});
export type FilterNames = z.infer<typeof filterNamesSchema>;

/**
 * A closed coding round on an exported source and how far its coders agreed
 * (issue 19), so that a dataset's users can judge how reliable its coding was.
 * Its disagreements stay out: they name claims the selection may not hold.
 */
export const manifestCodingRoundSchema = z.object({
  id: z.string(),
  source: z.object({ id: z.string(), title: z.string() }),
  isBlind: z.boolean(),
  openedAt: z.iso.datetime(),
  closedAt: z.iso.datetime(),
  coders: z.array(namedRef),
  units: z.number().int().nonnegative(),
  alpha: agreementReportSchema.shape.alpha,
  pairs: z.array(
    z.object({
      coderA: z.string(),
      coderB: z.string(),
      alpha: agreementReportSchema.shape.alpha,
      spanAgreement: agreementReportSchema.shape.spanAgreement.element.omit({ coderA: true, coderB: true }),
    }),
  ),
});
export type ManifestCodingRound = z.infer<typeof manifestCodingRoundSchema>;

export const manifestSchema = z.object({
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  dataset: z.object({
    id: z.string(),
    name: z.string(),
    version: z.number().int().min(1),
    project: z.object({ id: z.string(), slug: z.string() }),
  }),
  format: z.enum(ExportFormat),
  filters: filterFieldsSchema,
  filterNames: filterNamesSchema,
  counts: countsSchema,
  /** Versions recorded before coding rounds existed have none. */
  codingRounds: z.array(manifestCodingRoundSchema).default([]),
  files: z.array(manifestFileSchema),
  contexts: z.record(z.string(), z.string()),
  exportedBy: namedRef,
  exportedAt: z.iso.datetime(),
  generator: z.string(),
});
export type Manifest = z.infer<typeof manifestSchema>;

export interface ManifestInput {
  dataset: DatasetDescription;
  projectSlug: string;
  version: number;
  filterNames: FilterNames;
  counts: ExportCounts;
  codingRounds: ManifestCodingRound[];
  files: ManifestFile[];
  exportedBy: { id: string; name: string };
  exportedAt: Date;
}

export function buildManifest(input: ManifestInput): Manifest {
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    dataset: {
      id: iri.dataset(input.dataset.projectId, input.dataset.digest),
      name: input.dataset.name,
      version: input.version,
      project: { id: input.dataset.projectId, slug: input.projectSlug },
    },
    // A version holds every format; older manifests may name the single format they were made for.
    format: "zip",
    filters: input.dataset.filters,
    filterNames: input.filterNames,
    counts: input.counts,
    codingRounds: input.codingRounds,
    files: input.files,
    contexts: { [provenanceContextIri(input.dataset.baseUrl)]: CONTEXT_FILE_PATH },
    exportedBy: input.exportedBy,
    exportedAt: input.exportedAt.toISOString(),
    generator: "Provenance Editor",
  };
}

export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
