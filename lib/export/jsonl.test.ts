import { describe, expect, it } from "vitest";
import { writeJsonl } from "./jsonl";
import { parseImport } from "./parse-import";
import { EXPORT_SCHEMA_VERSION, exportLineSchema } from "./records";
import { collectText, testClaims, testEntities, testEstimates, testProperties, testReader, testSources } from "./test-dataset";

describe("JSON Lines export", () => {
  it("writes the header, the records the claims refer to, one claim per line, then the estimates, each valid against its schema", async () => {
    const lines = (await collectText(writeJsonl(testReader()))).split("\n");
    expect(lines.pop()).toBe("");
    const records = lines.map((line) => exportLineSchema.parse(JSON.parse(line)));
    expect(records.map((r) => r.kind)).toEqual([
      "header",
      ...testProperties.map(() => "property"),
      ...testEntities.map(() => "entity"),
      ...testSources.map(() => "source"),
      ...testClaims.map(() => "claim"),
      ...testEstimates.map(() => "estimate"),
    ]);
    expect(records[0]).toEqual({ kind: "header", schemaVersion: EXPORT_SCHEMA_VERSION });
    expect(JSON.parse(lines.at(-1 - testEstimates.length)!)).toEqual(testClaims.at(-1));
    expect(JSON.parse(lines.at(-1)!)).toEqual(testEstimates.at(-1));
  });

  it("reads back to the very records it was written from", async () => {
    const parsed = parseImport(await collectText(writeJsonl(testReader())));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.dataset.claims.map((c) => c.record)).toEqual(testClaims);
    expect(parsed.dataset.sources.map((s) => s.record)).toEqual(testSources);
    expect(parsed.dataset.claims[0]!.line).toBe(1 + testProperties.length + testEntities.length + testSources.length + 1);
  });

  it("is byte-identical for the same records", async () => {
    expect(await collectText(writeJsonl(testReader()))).toBe(await collectText(writeJsonl(testReader())));
  });
});
