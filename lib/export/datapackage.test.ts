import { describe, expect, it } from "vitest";
import { descriptorErrors, tableErrors } from "@/tests/fixtures/data-package-check";
import { writeCsv } from "./csv";
import { DESCRIBED_TABLES, dataPackage } from "./datapackage";
import { PACKAGE_TABLES } from "./datapackage-tables";
import { writeEstimatesCsv } from "./estimates-csv";
import { collectText, testDataset, testReader } from "./test-dataset";

async function packageFiles(): Promise<Record<string, string>> {
  const reader = testReader();
  const files: Record<string, string> = { "claims.csv": await collectText(writeCsv(reader)), "estimates.csv": await collectText(writeEstimatesCsv(reader)) };
  for (const table of PACKAGE_TABLES) files[table.path] = await collectText(table.write(reader));
  return files;
}

describe("datapackage.json", () => {
  it("passes the Data Package, Table Schema and Table Dialect 2.0 JSON Schemas", () => {
    expect(descriptorErrors(dataPackage(testDataset))).toEqual([]);
  });

  it("describes CSV rows that meet every type, constraint, primary and foreign key of its Table Schemas", async () => {
    expect(tableErrors(dataPackage(testDataset), await packageFiles())).toEqual([]);
  });

  it("fails a column typed wrongly, a broken foreign key and a descriptor without resources", async () => {
    const descriptor = dataPackage(testDataset);
    const mistyped = structuredClone(descriptor) as unknown as { resources: { name: string; type?: string; path: string; schema?: { fields: { name: string; type: string }[] } }[] };
    mistyped.resources.find((r) => r.name === "claims")!.schema!.fields.find((f) => f.name === "subject")!.type = "integer";
    expect(tableErrors(mistyped, await packageFiles())).toContainEqual(expect.stringMatching(/claims\.csv row 2 subject: ".*" is not a integer/));
    const files = await packageFiles();
    const withoutEntities = { ...files, "entities.csv": files["entities.csv"]!.split("\r\n")[0] + "\r\n" };
    expect(tableErrors(descriptor, withoutEntities)).toContainEqual(expect.stringMatching(/claims\.csv: subject_id .* is not in entities/));
    expect(descriptorErrors({ ...descriptor, resources: undefined })).not.toEqual([]);
  });

  it("types every column the same whatever the selection: quantity_max is a number even where every row leaves it empty", () => {
    const claims = DESCRIBED_TABLES.find((t) => t.name === "claims")!;
    expect(claims.fields.find((f) => f.name === "quantity_max")).toMatchObject({ type: "number", constraints: { minimum: 0 } });
    expect(claims.fields.map((f) => f.name)).toContain("claim_id");
  });

  it("names the licence, the authors and the contact", () => {
    const descriptor = dataPackage(testDataset);
    expect(descriptor.licenses).toEqual([{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/legalcode", title: "Creative Commons Attribution 4.0 International" }]);
    expect(descriptor.contributors).toContainEqual(expect.objectContaining({ title: "Aminata Diallo", roles: ["author"], path: "https://orcid.org/0000-0002-1825-0097" }));
    expect(descriptor.contributors).toContainEqual({ title: "Aminata Diallo", email: "data@sahel.example", roles: ["contact"] });
  });

  it("leaves the licence out rather than invent one when the project chose none", () => {
    const descriptor = dataPackage({ ...testDataset, metadata: { ...testDataset.metadata, licence: null, authors: [], contact: null } });
    expect(descriptor).not.toHaveProperty("licenses");
    expect(descriptor).not.toHaveProperty("contributors");
    expect(descriptorErrors(descriptor)).toEqual([]);
  });
});
