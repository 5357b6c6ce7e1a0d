import { describe, expect, it } from "vitest";
import { codebookText } from "./codebook";
import { duckdbSnippet, pandasSnippet } from "./codebook-loading";
import { DESCRIBED_TABLES } from "./datapackage";
import { testDataset, testReader } from "./test-dataset";

const claims = DESCRIBED_TABLES.find((t) => t.name === "claims")!;

describe("README.md codebook", () => {
  it("documents the vocabulary, vague amounts, review rules, conflicts and every column of every CSV", async () => {
    const text = await codebookText(testDataset, testReader());
    expect(text).toContain("| casualties | Casualties | quantity | one value |");
    expect(text).toContain("| dozens | 12 | 99 | vague |");
    expect(text).toContain("2 approvals by different reviewers");
    expect(text).toContain("divergence threshold of this project is 50%");
    expect(text).toContain("Creative Commons Attribution 4.0 International (`CC-BY-4.0`");
    expect(text).toContain("Aminata Diallo <data@sahel.example>");
    for (const table of DESCRIBED_TABLES) for (const field of table.fields) expect(text).toContain(`| \`${field.name}\` | ${field.type} |`);
  });

  it("loads claims.csv in DuckDB and pandas with the Table Schema's types, so an empty quantity_max stays a number", () => {
    expect(duckdbSnippet(claims)).toContain("'quantity_max': 'DOUBLE'");
    expect(duckdbSnippet(claims)).toContain("'version': 'BIGINT'");
    expect(duckdbSnippet(claims)).toContain("'created_at': 'TIMESTAMPTZ'");
    expect(pandasSnippet(claims)).toContain('"quantity_max": "Float64",');
    expect(pandasSnippet(claims)).toContain('parse_dates=["date_start", "date_end", "reviewed_at", "created_at", "updated_at"]');
  });

  it("reads the project's own lexicon rather than the default", async () => {
    const text = await codebookText({ ...testDataset, metadata: { ...testDataset.metadata, vagueQuantities: [{ words: "a handful", min: 3, max: 6 }] } }, testReader());
    expect(text).toContain("| a handful | 3 | 6 | vague |");
    expect(text).not.toContain("| dozens |");
  });
});
