import { describe, expect, it } from "vitest";
import { expandSafely } from "@/tests/fixtures/jsonld-loader";
import { sampleAnnotations, webAnnotationFailures } from "@/tests/fixtures/validate-web-annotation";
import { annotationPages, pageAlone, type WebAnnotationNode } from "@/tests/fixtures/web-annotation-pages";
import { codePointLength } from "@/lib/sources/text-content";
import { collectText, outsideBmpSource, testClaims, testDataset, testReader, testSources } from "./test-dataset";
import { writeWebAnnotation } from "./web-annotation";

type Node = WebAnnotationNode;

async function exportDocument(pageSize?: number, reader = testReader()) {
  const text = await collectText(writeWebAnnotation(testDataset, reader, pageSize));
  const document = JSON.parse(text) as Node & { "@context": unknown };
  // One document: its @context applies to every node, so each node is validated as if it carried it.
  const withContext = (node: object) => ({ "@context": document["@context"], ...node });
  const pages = annotationPages(document);
  return { text, document, withContext, collection: document, pages, annotations: pages.flatMap((p) => p.items as Node[]) };
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
    for (const page of pages) expect(webAnnotationFailures("page", withContext(pageAlone(page)))).toEqual([]);
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
        source: {
          id: `https://data.example.org/api/v1/sources/${evidence.source.id}/revisions/1/text`,
          type: "Text",
          format: "text/plain",
          language: "en",
          sha256: evidence.revision.sha256,
          revision: 1,
        },
        scope: "https://en.wikipedia.org/wiki/Battle_of_Talataye_(2022)",
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
      valueType: "quantity",
      quantityKind: "exact",
      minimum: 4,
      maximum: 4,
      reviewStatus: "approved",
      attribution: [{ role: "origin", agent: { id: "urn:provenance-editor:entity:e2", label: "Movement for the Salvation of Azawad" } }],
    });
    expect((msa.body as Node[])[1]).toMatchObject({
      type: "TextualBody",
      value: "MSA and JNIM forces — Casualties: exactly 4 killed (per Movement for the Salvation of Azawad)",
    });
  });

  it("embeds its pages, first and next, at most pageSize annotations each and one source revision per page", async () => {
    const { collection, pages, annotations, withContext } = await exportDocument(2);
    expect(pages.map((p) => (p.items as unknown[]).length)).toEqual([2, 1]);
    expect(collection).toMatchObject({ type: "AnnotationCollection", total: 3 });
    expect(pages[0]).toMatchObject({ type: "AnnotationPage", partOf: { id: collection.id, total: 3 }, startIndex: 0, next: { id: pages[1]!.id } });
    expect(pages[1]).toMatchObject({ partOf: { id: collection.id }, startIndex: 2 });
    expect(pages[1]).not.toHaveProperty("next");
    for (const page of pages) expect(webAnnotationFailures("page", withContext(pageAlone(page)))).toEqual([]);
    expect(annotations.map((a) => a.id)).toEqual((await exportDocument()).annotations.map((a) => a.id));

    const second = outsideBmpSource();
    const twoRevisions = await exportDocument(undefined, testReader([...testClaims, second.claim], [second.source, ...testSources]));
    const sourcesOf = (page: Node) => new Set((page.items as { target: { source: { id: string } } }[]).map((a) => a.target.source.id));
    expect(twoRevisions.pages.map((page) => [...sourcesOf(page)])).toEqual([
      [`https://data.example.org/api/v1/sources/${testSources[0]!.id}/revisions/1/text`],
      [`https://data.example.org/api/v1/sources/${second.source.id}/revisions/1/text`],
    ]);
    expect(twoRevisions.pages[1]).toMatchObject({ label: `${second.source.title}, revision 1`, startIndex: 3 });
  });

  it("counts offsets in code points: a UTF-16 client converts them before slicing", async () => {
    const { source, claim } = outsideBmpSource();
    const { annotations } = await exportDocument(undefined, testReader([claim], [source]));
    const text = source.revisions[0]!.text;
    const [quote, position] = (annotations[0]!.target as { selector: [{ exact: string }, { start: number; end: number }] }).selector;
    expect(quote.exact).toBe("at least 7 civilians killed");
    expect([...text].slice(position.start, position.end).join("")).toBe(quote.exact);
    // The flag and the mosque are two code points of two UTF-16 units each: unconverted offsets miss the quote.
    expect(text.slice(position.start, position.end)).not.toBe(quote.exact);
    const utf16 = (offset: number) => [...text].slice(0, offset).join("").length;
    expect(text.slice(utf16(position.start), utf16(position.end))).toBe(quote.exact);
    expect(position.end - position.start).toBe(codePointLength(quote.exact));
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
    expect(empty).toMatchObject({ type: "AnnotationCollection", total: 0 });
    expect(empty).not.toHaveProperty("first");
    expect(webAnnotationFailures("collection", empty)).toEqual([]);
  });

  it("refuses to write a collection whose count does not match what was read", async () => {
    const reader = { ...testReader(), counts: { ...testReader().counts, evidence: 5 } };
    await expect(collectText(writeWebAnnotation(testDataset, reader))).rejects.toThrow(/changed while it was read/);
  });
});
