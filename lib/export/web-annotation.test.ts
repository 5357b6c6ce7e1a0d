import { describe, expect, it } from "vitest";
import { expandSafely } from "@/tests/fixtures/jsonld-loader";
import { sampleAnnotations, webAnnotationFailures } from "@/tests/fixtures/validate-web-annotation";
import { collectText, testClaims, testDataset, testReader } from "./test-dataset";
import { writeWebAnnotation } from "./web-annotation";

interface Node {
  id: string;
  type: string;
  [key: string]: unknown;
}

async function exportDocument(pageSize?: number) {
  const text = await collectText(writeWebAnnotation(testDataset, testReader(), pageSize));
  const document = JSON.parse(text) as { "@context": unknown; "@graph": Node[] };
  // One document: its @context applies to every node, so each node is validated as if it carried it.
  const withContext = (node: object) => ({ "@context": document["@context"], ...node });
  const [collection, ...pages] = document["@graph"];
  return { text, document, withContext, collection: collection!, pages, annotations: pages.flatMap((p) => p.items as Node[]) };
}

describe("W3C Web Annotation export", () => {
  it("the validator accepts the W3C's correct sample annotations and rejects incorrect ones", () => {
    // The samples also hold collections and Composite/List targets, which the MUST suite does not cover: these ten are plain annotations.
    const correct = sampleAnnotations("correct").filter(({ file }) => /^anno([1-9]|10)\.json$/.test(file));
    expect(correct).toHaveLength(10);
    for (const { file, annotation } of correct) expect([file, webAnnotationFailures("annotation", annotation)]).toEqual([file, []]);
    const incorrect = sampleAnnotations("incorrect").filter(({ file }) => /^anno[3-7]\.json$/.test(file));
    expect(incorrect).toHaveLength(5);
    for (const { file, annotation } of incorrect) expect([file, webAnnotationFailures("annotation", annotation).length > 0]).toEqual([file, true]);
  });

  it("passes every MUST of the W3C schemas: the collection, each page and each annotation", async () => {
    const { collection, pages, annotations, withContext } = await exportDocument();
    expect(webAnnotationFailures("collection", withContext(collection))).toEqual([]);
    for (const page of pages) expect(webAnnotationFailures("page", withContext(page))).toEqual([]);
    expect(annotations).toHaveLength(3);
    for (const annotation of annotations) expect(webAnnotationFailures("annotation", withContext(annotation))).toEqual([]);
  });

  it("targets the span on the source revision with both selectors, and carries the claim in its body", async () => {
    const { annotations } = await exportDocument();
    const msa = annotations[0]!;
    const evidence = testClaims[0]!.evidence[0]!;
    expect(msa).toMatchObject({
      type: "Annotation",
      created: "2024-05-01T09:00:00.000Z",
      modified: "2024-05-02T10:30:00.000Z",
      creator: { type: "Person", name: "Rania Researcher" },
      target: {
        type: "SpecificResource",
        source: { id: `urn:provenance-editor:revision:sha256:${evidence.revision.sha256}`, sha256: evidence.revision.sha256, revision: 1 },
        selector: [
          { type: "TextQuoteSelector", exact: "4 (per MSA)", prefix: evidence.prefix, suffix: evidence.suffix },
          { type: "TextPositionSelector", start: evidence.start, end: evidence.end },
        ],
      },
    });
    expect((msa.body as Node[])[0]).toMatchObject({
      id: "urn:provenance-editor:claim:c1",
      type: "Claim",
      claimValue: { type: "quantity", kind: "exact", min: 4, max: 4 },
      reviewStatus: "approved",
      attribution: [{ role: "origin", agent: { id: "urn:provenance-editor:entity:e2", label: "Movement for the Salvation of Azawad" } }],
    });
    expect((msa.body as Node[])[1]).toMatchObject({
      type: "TextualBody",
      value: "MSA and JNIM forces — Casualties: exactly 4 killed (per Movement for the Salvation of Azawad)",
    });
  });

  it("pages the collection: first, last, next, prev, partOf and startIndex agree", async () => {
    const { collection, pages, annotations, withContext } = await exportDocument(2);
    expect(pages.map((p) => (p.items as unknown[]).length)).toEqual([2, 1]);
    expect(collection).toMatchObject({ type: "AnnotationCollection", total: 3, first: pages[0]!.id, last: pages[1]!.id });
    expect(pages[0]).toMatchObject({ partOf: { id: collection.id, total: 3 }, startIndex: 0, next: pages[1]!.id });
    expect(pages[0]).not.toHaveProperty("prev");
    expect(pages[1]).toMatchObject({ partOf: { id: collection.id }, startIndex: 2, prev: pages[0]!.id });
    expect(pages[1]).not.toHaveProperty("next");
    for (const page of pages) expect(webAnnotationFailures("page", withContext(page))).toEqual([]);
    expect(annotations).toHaveLength(3);
  });

  it("expands as JSON-LD with every key defined by the W3C context or ours", async () => {
    const { document } = await exportDocument();
    const expanded = JSON.stringify(await expandSafely(document));
    for (const iri of [
      "http://www.w3.org/ns/oa#hasTarget",
      "http://www.w3.org/ns/oa#TextQuoteSelector",
      "http://www.w3.org/ns/oa#TextPositionSelector",
      "http://www.w3.org/ns/activitystreams#items",
      "https://provenance-editor.example/ns/provenance#value",
      "https://provenance-editor.example/ns/provenance#attribution",
    ]) {
      expect(expanded).toContain(iri);
    }
  });

  it("is byte-identical for the same records, and writes an empty collection for no claims", async () => {
    expect((await exportDocument()).text).toBe((await exportDocument()).text);
    const empty = JSON.parse(await collectText(writeWebAnnotation(testDataset, testReader([]))));
    expect(empty["@graph"]).toEqual([expect.objectContaining({ type: "AnnotationCollection", total: 0 })]);
    expect(webAnnotationFailures("collection", { "@context": empty["@context"], ...empty["@graph"][0] })).toEqual([]);
  });

  it("refuses to write a collection whose count does not match what was read", async () => {
    const reader = { ...testReader(), counts: { ...testReader().counts, evidence: 5 } };
    await expect(collectText(writeWebAnnotation(testDataset, reader))).rejects.toThrow(/changed while it was read/);
  });
});
