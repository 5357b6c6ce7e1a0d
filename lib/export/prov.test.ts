import { describe, expect, it } from "vitest";
import { expandSafely, toNQuads } from "@/tests/fixtures/jsonld-loader";
import { writeProv } from "./prov";
import { collectText, testClaims, testDataset, testReader } from "./test-dataset";
import { iri } from "./vocabulary";

const PROV = "http://www.w3.org/ns/prov#";

async function provQuads() {
  const document = JSON.parse(await collectText(writeProv(testDataset, testReader())));
  return { document, quads: await toNQuads(document) };
}

const triple = (subject: string, predicate: string, object: string) => `<${subject}> <${PROV}${predicate}> <${object}> .`;

describe("W3C PROV-O export", () => {
  it("expands as JSON-LD with every key defined by our context", async () => {
    const { document } = await provQuads();
    await expect(expandSafely(document)).resolves.toBeInstanceOf(Array);
  });

  it("models the attribution chain local sources → Le Monde → the article as quoted statements", async () => {
    const { quads } = await provQuads();
    const denial = testClaims[2]!;
    const [origin, intermediary, reporter] = [0, 1, 2].map((position) => iri.statement(denial.id, position));
    const span = iri.span(denial.evidence[0]!.annotationId);
    expect(quads).toEqual(
      expect.arrayContaining([
        triple(iri.claim(denial.id), "wasAttributedTo", iri.party("local sources")),
        triple(origin!, "wasAttributedTo", iri.party("local sources")),
        triple(intermediary!, "wasQuotedFrom", origin!),
        triple(intermediary!, "wasAttributedTo", iri.entity("e5")),
        triple(reporter!, "wasQuotedFrom", intermediary!),
        triple(iri.claim(denial.id), "wasDerivedFrom", reporter!),
        triple(iri.claim(denial.id), "wasDerivedFrom", span),
        triple(span, "wasQuotedFrom", iri.revision(denial.evidence[0]!.revision.sha256)),
        `<${iri.party("local sources")}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${PROV}Agent> .`,
      ]),
    );
  });

  it("records the export as an activity that used every claim and generated the dataset", async () => {
    const { quads } = await provQuads();
    const activity = iri.exportActivity(testDataset.projectId, testDataset.digest);
    expect(quads).toContain(`<${activity}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${PROV}Activity> .`);
    expect(quads).toContain(triple(activity, "generated", iri.dataset(testDataset.projectId, testDataset.digest)));
    for (const claim of testClaims) expect(quads).toContain(triple(activity, "used", iri.claim(claim.id)));
    expect(quads).toContain(triple(iri.claim("c1"), "wasAttributedTo", iri.entity("e2")));
  });

  it("is byte-identical for the same records", async () => {
    const write = () => collectText(writeProv(testDataset, testReader()));
    expect(await write()).toBe(await write());
  });
});
