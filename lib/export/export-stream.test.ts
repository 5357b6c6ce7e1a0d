import { unzipSync } from "fflate";
import { dataPackageFiles } from "./datapackage-files";
import { describe, expect, it } from "vitest";
import { CONTEXT_FILE_PATH, dataFiles, ESTIMATES_FILE_PATH, MANIFEST_FILE_PATH } from "./dataset";
import { sha256OfBytes, writeExportArchive, type FinishedExport } from "./export-stream";
import { writeJsonl } from "./jsonl";
import { buildManifest, manifestSchema, type Manifest, type ManifestCodingRound } from "./manifest";
import { collectText, testDataset, testReader } from "./test-dataset";
import { provenanceContextText } from "./vocabulary";

const decoder = new TextDecoder();

const at = (time: string) => () => new Date(time);

const alpha = {
  quantity: { metric: "interval", value: 0.75, pairableValues: 6 },
  assertion: { metric: "nominal", value: null, pairableValues: 2 },
  entity: { metric: "nominal", value: null, pairableValues: 0 },
} as const;
const codingRound: ManifestCodingRound = {
  id: "round1",
  source: { id: "s1", title: "Battle of Talataye (2022)" },
  isBlind: true,
  openedAt: "2024-05-01T00:00:00.000Z",
  closedAt: "2024-05-02T00:00:00.000Z",
  coders: [
    { id: "u3", name: "Ana Coder" },
    { id: "u4", name: "Ben Coder" },
  ],
  units: 4,
  alpha,
  pairs: [{ coderA: "u3", coderB: "u4", alpha, spanAgreement: { share: 0.8, spans: 10, matchedSpans: 8 } }],
};

/** Runs an export to the end, sealing it with a fixed manifest, and returns the archive its sink received. */
async function runExport(clock = at("2024-06-01T00:00:00Z")) {
  let manifest: Manifest | undefined;
  const complete = async (finished: FinishedExport) => {
    manifest = buildManifest({
      dataset: testDataset,
      projectSlug: "talataye",
      version: 1,
      filterNames: { sources: [], properties: [], entities: [] },
      counts: testReader().counts,
      codingRounds: [codingRound],
      files: finished.files,
      exportedBy: { id: "u2", name: "Rémi Reviewer" },
      exportedAt: new Date("2024-06-01T00:00:00Z"),
    });
    await finished.seal(manifest);
  };
  const chunks: Uint8Array[] = [];
  await writeExportArchive({ dataset: testDataset, reader: testReader(), sink: { write: async (chunk) => void chunks.push(chunk) }, complete, clock });
  return { archive: Buffer.concat(chunks), manifest: manifest! };
}

describe("export stream", () => {
  it("zips every format, our context and a manifest whose sizes and sha256s match the files", async () => {
    const { archive, manifest } = await runExport();
    const files = unzipSync(archive);
    const packageFiles = dataPackageFiles(testDataset, testReader()).map((f) => f.path);
    const paths = [...Object.values(dataFiles).map((f) => f.path), ESTIMATES_FILE_PATH, ...packageFiles, CONTEXT_FILE_PATH];
    expect(Object.keys(files).sort()).toEqual([...paths, MANIFEST_FILE_PATH].sort());
    const stored = manifestSchema.parse(JSON.parse(decoder.decode(files[MANIFEST_FILE_PATH])));
    expect(stored).toEqual(manifest);
    expect(stored.files.map((f) => f.path)).toEqual(paths);
    for (const file of stored.files) {
      expect(files[file.path]!.byteLength).toBe(file.bytes);
      expect(sha256OfBytes(files[file.path]!)).toBe(file.sha256);
    }
    expect(decoder.decode(files[CONTEXT_FILE_PATH])).toBe(provenanceContextText);
    expect(decoder.decode(files["claims.jsonl"])).toBe(await collectText(writeJsonl(testReader())));
  });

  it("gives byte-identical archives for the same data, filters, manifest and export times (fixed entry times)", async () => {
    const [first, second] = [await runExport(), await runExport()];
    expect(sha256OfBytes(first.archive)).toBe(sha256OfBytes(second.archive));
  });

  it("tells exports of the same data apart only by prov.jsonld's times, which its reproducibleSha256 leaves out", async () => {
    const [first, later] = [await runExport(at("2024-06-01T00:00:00Z")), await runExport(at("2024-06-02T00:00:00Z"))];
    const prov = (run: typeof first) => run.manifest.files.find((file) => file.path === dataFiles.prov.path)!;
    expect(prov(later).sha256).not.toBe(prov(first).sha256);
    expect(prov(later).reproducibleSha256).toBe(prov(first).reproducibleSha256);
    const text = decoder.decode(unzipSync(later.archive)[dataFiles.prov.path]);
    expect(sha256OfBytes(new TextEncoder().encode(text.slice(0, text.lastIndexOf(",\n"))))).toBe(prov(later).reproducibleSha256);
    const others = (run: typeof first) => run.manifest.files.filter((file) => file !== prov(run));
    expect(others(later)).toEqual(others(first));
    expect(others(first).every((file) => file.reproducibleSha256 === undefined)).toBe(true);
  });

  it("records nothing when the sink fails, and stops reading", async () => {
    let isCompleted = false;
    let writes = 0;
    const sink = {
      write: async () => {
        if (++writes === 3) throw new Error("disk full");
      },
    };
    await expect(writeExportArchive({ dataset: testDataset, reader: testReader(), sink, complete: async () => void (isCompleted = true) })).rejects.toThrow("disk full");
    expect(isCompleted).toBe(false);
    expect(writes).toBe(3);
  });

  it("leaves the archive unsealed when complete does not seal it (a reused version)", async () => {
    const chunks: Uint8Array[] = [];
    await writeExportArchive({ dataset: testDataset, reader: testReader(), sink: { write: async (chunk) => void chunks.push(chunk) }, complete: async () => {} });
    expect(() => unzipSync(Buffer.concat(chunks))).toThrow();
  });
});
