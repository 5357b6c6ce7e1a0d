import { unzipSync } from "fflate";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { exportFiltersSchema } from "@/lib/export/filters";
import { manifestSchema } from "@/lib/export/manifest";
import { projectSettingsSchema } from "@/lib/projects/project-input";
import { exportDataset } from "@/lib/server/export/export-dataset";
import { updateProjectSettings } from "@/lib/server/projects/update-project";
import { descriptorErrors, tableErrors } from "@/tests/fixtures/data-package-check";
import { bytesOf, reviewedScenario } from "./export-factories";
import { testDb } from "./factories";

type Scenario = Awaited<ReturnType<typeof reviewedScenario>>;
let scenario: Scenario;
const decoder = new TextDecoder();

beforeAll(async () => {
  scenario = await reviewedScenario();
  await updateProjectSettings(testDb(), {
    actor: scenario.members.owner,
    projectId: scenario.project.id,
    input: projectSettingsSchema.parse({
      licence: "CC-BY-4.0",
      citationAuthors: [{ familyNames: "Diallo", givenNames: "Aminata" }, { name: "Sahel Monitoring Collective" }],
      doi: "10.5281/zenodo.1234567",
      contactName: "Aminata Diallo",
      contactEmail: "Data@Sahel.example",
    }),
  });
});

async function zipFiles() {
  const exported = await exportDataset(testDb(), scenario.members.reviewer, scenario.project.id, { format: "zip", filters: exportFiltersSchema.parse({}) });
  const entries = unzipSync(await bytesOf(exported));
  return { exported, text: Object.fromEntries(Object.entries(entries).map(([path, bytes]) => [path, decoder.decode(bytes)])) };
}

describe("dataset export as a Data Package", () => {
  it("holds a valid datapackage.json whose CSV tables meet their Table Schemas, keys and foreign keys", async () => {
    const { text } = await zipFiles();
    const descriptor = JSON.parse(text["datapackage.json"]!);
    expect(descriptorErrors(descriptor)).toEqual([]);
    expect(tableErrors(descriptor, text)).toEqual([]);
    expect(descriptor).toMatchObject({ name: scenario.project.slug, licenses: [{ name: "CC-BY-4.0" }] });
    expect(text["claims.csv"]!.split("\r\n").filter(Boolean)).toHaveLength(5);
  });

  it("lists README.md, CITATION.cff, LICENSE and the tables in the manifest with their sha256", async () => {
    const { text } = await zipFiles();
    const manifest = manifestSchema.parse(JSON.parse(text["manifest.json"]!));
    for (const path of ["datapackage.json", "README.md", "CITATION.cff", "LICENSE", "entities.csv", "properties.csv", "sources.csv", "evidence.csv"]) {
      expect(manifest.files.map((file) => file.path)).toContain(path);
    }
    expect(parse(text["CITATION.cff"]!)).toMatchObject({ license: "CC-BY-4.0", contact: [{ name: "Aminata Diallo", email: "data@sahel.example" }] });
    expect(text["README.md"]).toContain("'quantity_max': 'DOUBLE'");
  });

  it("reuses the version for the same data and settings, and mints a new one when the licence changes", async () => {
    const first = await zipFiles();
    const again = await zipFiles();
    expect(again.exported.datasetVersion).toBe(first.exported.datasetVersion);
    expect(again.exported.isNewVersion).toBe(false);
    await updateProjectSettings(testDb(), { actor: scenario.members.owner, projectId: scenario.project.id, input: projectSettingsSchema.parse({ licence: "CC0-1.0" }) });
    const relicensed = await zipFiles();
    expect(relicensed.exported.datasetVersion).toBe(first.exported.datasetVersion + 1);
    expect(relicensed.text.LICENSE).toContain("CC0-1.0");
  });
});
