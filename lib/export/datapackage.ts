import { datasetLicence } from "@/lib/projects/dataset-licences";
import { CSV_HEADER } from "./csv";
import { CONTEXT_FILE_PATH, dataFiles, ESTIMATES_FILE_PATH, type DatasetDescription } from "./dataset";
import { claimFields, estimateFields, fieldsFor } from "./datapackage-fields";
import { PACKAGE_TABLES, reference, type DescribedTable } from "./datapackage-tables";
import { ESTIMATES_CSV_HEADER } from "./estimates-csv";
import { iri } from "./vocabulary";

/**
 * datapackage.json: the zip as a Frictionless Data Package 2.0. Every CSV
 * file is a tabular resource with its Table Schema (types, constraints,
 * primary and foreign keys); the JSON files are listed by path and media
 * type. Sizes and hashes stay in the manifest: this file, like the data
 * files, depends only on the data, the filters and the project's settings.
 */

export const DATAPACKAGE_FILE_PATH = "datapackage.json";
const PROFILES = "https://datapackage.org/profiles/2.0";

/** How every CSV of the zip is written (csv.ts): RFC 4180, UTF-8 with a byte order mark, CRLF. */
export const CSV_DIALECT = { header: true, delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true } as const;

const toEntity = (field: string) => reference(field, "entities", "entity_id");
const toProperty = (field: string) => reference(field, "properties", "property_key");

/** Every CSV file of the zip with its schema, claims first. */
export const DESCRIBED_TABLES: readonly DescribedTable[] = [
  {
    name: "claims",
    path: dataFiles.csv.path,
    title: "Claims",
    description: "One row per claim: subject, property, typed value, attribution, evidence, conflicts and review.",
    fields: fieldsFor(CSV_HEADER, claimFields),
    primaryKey: ["claim_id"],
    // derived_from_claim_id and conflict members may lie outside the selection, so they are no foreign keys.
    foreignKeys: [toEntity("subject_id"), toProperty("property_key"), toEntity("value_entity_id")],
  },
  {
    name: "estimates",
    path: ESTIMATES_FILE_PATH,
    title: "Estimates",
    description: "Low, best and high estimates per subject, property and qualifiers, from the quantity claims of the selection.",
    fields: fieldsFor(ESTIMATES_CSV_HEADER, estimateFields),
    primaryKey: [],
    foreignKeys: [toEntity("subject_id"), toProperty("property_key")],
  },
  ...PACKAGE_TABLES.map(({ write: _write, ...described }) => described),
];

const JSON_RESOURCES = [
  { name: "claims-jsonl", path: dataFiles.jsonl.path, format: "jsonl", mediatype: "application/x-ndjson", description: "The full records: properties, entities, sources with their texts, claims, estimates." },
  { name: "web-annotation", path: dataFiles.webannotation.path, format: "jsonld", mediatype: "application/ld+json", description: dataFiles.webannotation.description },
  { name: "prov", path: dataFiles.prov.path, format: "jsonld", mediatype: "application/ld+json", description: dataFiles.prov.description },
  { name: "provenance-context", path: CONTEXT_FILE_PATH, format: "jsonld", mediatype: "application/ld+json", description: "The JSON-LD context of our terms." },
];

export function dataPackage(dataset: DatasetDescription) {
  const { metadata } = dataset;
  const licence = metadata.licence && datasetLicence(metadata.licence);
  const contributors = [
    ...metadata.authors.map((author) =>
      "name" in author
        ? { title: author.name, roles: ["author"] }
        : {
            title: [author.givenNames, author.familyNames].filter(Boolean).join(" "),
            familyName: author.familyNames,
            ...(author.givenNames ? { givenName: author.givenNames } : {}),
            ...(author.orcid ? { path: author.orcid } : {}),
            ...(author.affiliation ? { organization: author.affiliation } : {}),
            roles: ["author"],
          },
    ),
    ...(metadata.contact
      ? [{ title: metadata.contact.name ?? metadata.contact.email ?? "", ...(metadata.contact.email ? { email: metadata.contact.email } : {}), roles: ["contact"] }]
      : []),
  ];
  return {
    $schema: `${PROFILES}/datapackage.json`,
    name: metadata.slug,
    id: iri.dataset(dataset.projectId, dataset.digest),
    title: dataset.name,
    ...(metadata.description ? { description: metadata.description } : {}),
    ...(licence ? { licenses: [{ name: licence.id, path: licence.url, title: licence.name }] } : {}),
    ...(contributors.length ? { contributors } : {}),
    resources: [
      ...DESCRIBED_TABLES.map((table) => ({
        $schema: `${PROFILES}/dataresource.json`,
        name: table.name,
        type: "table",
        path: table.path,
        title: table.title,
        description: table.description,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: { $schema: `${PROFILES}/tabledialect.json`, ...CSV_DIALECT },
        schema: {
          $schema: `${PROFILES}/tableschema.json`,
          fields: table.fields,
          missingValues: [""],
          ...(table.primaryKey.length ? { primaryKey: table.primaryKey } : {}),
          ...(table.foreignKeys.length ? { foreignKeys: table.foreignKeys } : {}),
        },
      })),
      ...JSON_RESOURCES.map((resource) => ({ $schema: `${PROFILES}/dataresource.json`, ...resource, encoding: "utf-8" })),
    ],
  };
}

export function dataPackageText(dataset: DatasetDescription): string {
  return `${JSON.stringify(dataPackage(dataset), null, 2)}\n`;
}
