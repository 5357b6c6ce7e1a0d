import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DATASET_LICENCES } from "@/lib/projects/dataset-licences";
import { citationCff, licenceText } from "./citation";
import { testDataset } from "./test-dataset";

const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../tests/fixtures/citation-file-format/schema.json"), "utf8")) as { definitions: { "license-enum": { enum: string[] } } };
// The CFF schema uses draft-07 keywords plus format names ajv does not know without ajv-formats; formats are not what is tested here.
const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
const bare = { ...testDataset, metadata: { ...testDataset.metadata, licence: null, authors: [], doi: null, contact: null, description: "" } };

describe("CITATION.cff", () => {
  it("is valid Citation File Format 1.2.0 with the project's authors, licence, DOI and contact", () => {
    const cff = parse(citationCff(testDataset));
    expect(validate(cff), JSON.stringify(validate.errors)).toBe(true);
    expect(cff).toMatchObject({
      "cff-version": "1.2.0",
      type: "dataset",
      title: "Mali War: Talataye",
      license: "CC-BY-4.0",
      doi: "10.5281/zenodo.1234567",
      authors: [{ "family-names": "Diallo", "given-names": "Aminata", orcid: "https://orcid.org/0000-0002-1825-0097" }, { name: "Sahel Monitoring Collective" }],
      contact: [{ name: "Aminata Diallo", email: "data@sahel.example" }],
    });
  });

  it("stays valid when the project named no authors: the project is its author", () => {
    const cff = parse(citationCff(bare));
    expect(validate(cff), JSON.stringify(validate.errors)).toBe(true);
    expect(cff.authors).toEqual([{ name: "Mali War: Talataye" }]);
    expect(cff).not.toHaveProperty("license");
  });

  it("fails the CFF schema without its authors", () => {
    const cff = parse(citationCff(testDataset));
    delete cff.authors;
    expect(validate(cff)).toBe(false);
  });

  it("offers only licences CFF knows by their SPDX identifier", () => {
    expect(DATASET_LICENCES.map((l) => l.id).filter((id) => !schema.definitions["license-enum"].enum.includes(id))).toEqual([]);
  });
});

describe("LICENSE", () => {
  it("names the licence and links its legal text, and keeps the quoted sources under their own terms", () => {
    const text = licenceText(testDataset);
    expect(text).toContain("Creative Commons Attribution 4.0 International");
    expect(text).toContain("https://creativecommons.org/licenses/by/4.0/legalcode");
    expect(text).toContain("publishers' terms");
  });

  it("says that no licence was chosen rather than invent one", () => {
    expect(licenceText(bare)).toContain("No licence has been chosen");
  });
});
