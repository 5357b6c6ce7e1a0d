import type { ClaimStatus, ExportFormat } from "@/lib/db/generated/enums";
import type { DatasetMetadata } from "./datapackage-metadata";
import type { ExportFilters } from "./filters";
import type { AnnotatedRevision, ClaimRecord, EntityRecord, EstimateRecord, PropertyRecord, SourceRecord } from "./records";

/** What every data file says about the dataset it belongs to: only what the data and filters determine. */
export interface DatasetDescription {
  projectId: string;
  name: string;
  filters: ExportFilters;
  /** filtersDigest(filters). */
  digest: string;
  /** The deployment's public base URL (see publicBaseUrl): dereferenceable IRIs start with it. */
  baseUrl: string;
  /** The project's licence, citation, contact and rules, for datapackage.json, README.md, CITATION.cff and LICENSE. */
  metadata: DatasetMetadata;
}

export interface ExportCounts {
  claims: number;
  /** Evidence links: one W3C annotation each. */
  evidence: number;
  sources: number;
  entities: number;
  properties: number;
  conflicts: number;
  claimsByStatus: Partial<Record<ClaimStatus, number>>;
}

/**
 * The records of one dataset, each read in a stable order as many times as a
 * format needs them. The server reads them from a database snapshot; tests
 * from arrays.
 */
export interface DatasetReader {
  counts: ExportCounts;
  properties(): AsyncIterable<PropertyRecord>;
  entities(): AsyncIterable<EntityRecord>;
  sources(): AsyncIterable<SourceRecord>;
  claims(): AsyncIterable<ClaimRecord>;
  /**
   * The claims with evidence on each revision, revision by revision (by
   * source id, then number) and by claim id within one: a claim with evidence
   * on two revisions comes twice. W3C clients anchor one revision at a time.
   */
  claimsByRevision(): AsyncIterable<{ revision: AnnotatedRevision; claim: ClaimRecord }>;
  /** One estimate per (subject, property, qualifiers) of the selection's quantity claims, by subject and property. */
  estimates(): AsyncIterable<EstimateRecord>;
}

export type DataFormat = Exclude<ExportFormat, "zip">;

/** Every data format, in the order they are written to a zip. */
export const DATA_FORMATS: readonly DataFormat[] = ["jsonl", "csv", "webannotation", "prov"];

export const dataFiles: Record<DataFormat, { path: string; mediaType: string; label: string; description: string }> = {
  jsonl: { path: "claims.jsonl", mediaType: "application/x-ndjson; charset=utf-8", label: "JSON Lines", description: "JSON Lines: the full records" },
  csv: { path: "claims.csv", mediaType: "text/csv; charset=utf-8; header=present", label: "CSV", description: "CSV: one row per claim" },
  webannotation: {
    path: "web-annotation.jsonld",
    label: "Web Annotation",
    mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    description: "W3C Web Annotation: one annotation per evidence span",
  },
  prov: { path: "prov.jsonld", mediaType: "application/ld+json", label: "PROV-O", description: "W3C PROV-O: attribution chains as provenance" },
};

export const CONTEXT_FILE_PATH = "contexts/provenance.jsonld";
export const ESTIMATES_FILE_PATH = "estimates.csv";
export const MANIFEST_FILE_PATH = "manifest.json";
export const ZIP_MEDIA_TYPE = "application/zip";

/** The file a download of one format (or the zip) is saved as: "demo-v3.zip", "demo-v3-claims.csv". */
export function downloadFile(format: ExportFormat, projectSlug: string, version: number): { filename: string; mediaType: string } {
  const stem = `${projectSlug}-v${version}`;
  if (format === "zip") return { filename: `${stem}.zip`, mediaType: ZIP_MEDIA_TYPE };
  return { filename: `${stem}-${dataFiles[format].path}`, mediaType: dataFiles[format].mediaType };
}
