import { describe, expect, it } from "vitest";
import { expandSafely, toNQuads } from "@/tests/fixtures/jsonld-loader";
import { provShapeViolations } from "@/tests/fixtures/prov-rdf";
import { exportTimesEnd, writeProv, type ExportTimes } from "./prov";
import type { ClaimRecord } from "./records";
import { collectText, testClaims, testDataset, testReader } from "./test-dataset";
import { iri, revisionTextIri } from "./vocabulary";

const PROV = "http://www.w3.org/ns/prov#";
const PE = "https://provenance-editor.example/ns/provenance#";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const XSD = "http://www.w3.org/2001/XMLSchema#";

const times: ExportTimes = { startedAt: new Date("2024-06-01T10:00:00.000Z"), endedAt: new Date("2024-06-01T10:00:02.500Z") };

/** The test dataset's claims, and one claim for each value type they lack. */
const everyValueType: ClaimRecord[] = [
  ...testClaims,
  { ...testClaims[0]!, id: "c4", property: { key: "date", label: "Date", valueType: "date" }, value: { type: "date", start: "2022-09-06", end: "2022-09-07", precision: "day" }, valueText: "6–7 September 2022", conflicts: [] },
  { ...testClaims[0]!, id: "c5", property: { key: "result", label: "Result", valueType: "entity" }, value: { type: "entity", entityId: "e3", text: "IS" }, valueText: "Islamic State in the Greater Sahara", conflicts: [] },
  { ...testClaims[0]!, id: "c6", property: { key: "note", label: "Note", valueType: "text" }, value: { type: "text", text: "a ceasefire was announced" }, valueText: "a ceasefire was announced", conflicts: [], attribution: [] },
];

async function provDocument(claims: readonly ClaimRecord[] = testClaims) {
  return JSON.parse((await collectText(writeProv(testDataset, testReader(claims)))) + exportTimesEnd(testDataset, times));
}

async function provQuads() {
  return toNQuads(await provDocument());
}

const triple = (subject: string, predicate: string, object: string) => `<${subject}> <${PROV}${predicate}> <${object}> .`;
const typed = (subject: string, type: string) => `<${subject}> <${RDF_TYPE}> <${type}> .`;
const literal = (subject: string, predicate: string, value: string, datatype?: string) =>
  `<${subject}> <${predicate}> "${value}"${datatype ? `^^<${datatype}>` : ""} .`;

describe("W3C PROV-O export", () => {
  it("expands as JSON-LD with every key defined by our context", async () => {
    await expect(expandSafely(await provDocument(everyValueType))).resolves.toBeInstanceOf(Array);
  });

  it("meets every shape of prov-shapes.ttl, with claims of every value type", async () => {
    expect(await provShapeViolations(await provDocument(everyValueType))).toEqual([]);
  });

  it("fails the shapes without the export's times", async () => {
    const document = await provDocument();
    const untimed = { ...document, "@graph": document["@graph"].slice(0, -1) };
    const activity = iri.exportActivity(testDataset.projectId, testDataset.digest);
    expect(await provShapeViolations(untimed)).toEqual([
      expect.stringMatching(new RegExp(`^${activity}, ${PROV}startedAtTime: `)),
      expect.stringMatching(new RegExp(`^${activity}, ${PROV}endedAtTime: `)),
    ]);
  });

  it("models the attribution chain local sources → Le Monde → the article as quoted statements", async () => {
    const quads = await provQuads();
    const denial = testClaims[2]!;
    const [origin, intermediary, reporter] = [0, 1, 2].map((position) => iri.statement(denial.id, position));
    const span = iri.span(denial.evidence[0]!.annotationId);
    const revision = revisionTextIri(testDataset.baseUrl, denial.evidence[0]!.source.id, denial.evidence[0]!.revision.number);
    expect(quads).toEqual(
      expect.arrayContaining([
        triple(iri.claim(denial.id), "wasAttributedTo", iri.party("local sources")),
        triple(origin!, "wasAttributedTo", iri.party("local sources")),
        triple(intermediary!, "wasQuotedFrom", origin!),
        triple(intermediary!, "wasAttributedTo", iri.entity("e5")),
        triple(reporter!, "wasQuotedFrom", intermediary!),
        triple(iri.claim(denial.id), "wasDerivedFrom", reporter!),
        triple(iri.claim(denial.id), "wasDerivedFrom", span),
        triple(iri.claim(denial.id), "wasDerivedFrom", revision),
        triple(span, "wasQuotedFrom", revision),
        typed(iri.party("local sources"), `${PROV}Agent`),
      ]),
    );
  });

  it("records the export as a timed activity of a software agent that used every claim and generated the dataset", async () => {
    const quads = await provQuads();
    const activity = iri.exportActivity(testDataset.projectId, testDataset.digest);
    expect(quads).toEqual(
      expect.arrayContaining([
        typed(activity, `${PROV}Activity`),
        literal(activity, `${PROV}startedAtTime`, "2024-06-01T10:00:00.000Z", `${XSD}dateTime`),
        literal(activity, `${PROV}endedAtTime`, "2024-06-01T10:00:02.500Z", `${XSD}dateTime`),
        triple(activity, "wasAssociatedWith", iri.software()),
        typed(iri.software(), `${PROV}Agent`),
        typed(iri.software(), `${PROV}SoftwareAgent`),
        triple(activity, "generated", iri.dataset(testDataset.projectId, testDataset.digest)),
        ...testClaims.map((claim) => triple(activity, "used", iri.claim(claim.id))),
        triple(iri.claim("c1"), "wasAttributedTo", iri.entity("e2")),
      ]),
    );
  });

  it("states each claim's subject, property and value as RDF terms", async () => {
    const quads = await toNQuads(await provDocument(everyValueType));
    const claim = (id: string) => iri.claim(id);
    const pe = (term: string) => `${PE}${term}`;
    expect(quads).toEqual(
      expect.arrayContaining([
        `<${claim("c1")}> <${pe("subject")}> <${iri.entity("e1")}> .`,
        `<${claim("c1")}> <${pe("property")}> <${iri.property("casualties")}> .`,
        literal(claim("c1"), pe("quantityKind"), "exact"),
        literal(claim("c1"), pe("minimum"), "4", `${XSD}integer`),
        literal(claim("c1"), pe("maximum"), "4", `${XSD}integer`),
        literal(claim("c2"), pe("minimum"), "60", `${XSD}integer`),
        literal(claim("c2"), pe("wording"), "60+"),
        literal(claim("c3"), pe("polarity"), "denied"),
        literal(claim("c4"), pe("startDate"), "2022-09-06", `${XSD}date`),
        `<${claim("c5")}> <${pe("valueEntity")}> <${iri.entity("e3")}> .`,
        literal(claim("c6"), pe("wording"), "a ceasefire was announced"),
      ]),
    );
    // An open interval has no upper bound rather than a made-up one.
    expect(quads.filter((quad) => quad.startsWith(`<${claim("c2")}> <${pe("maximum")}>`))).toEqual([]);
  });

  it("is byte-identical for the same records, up to the export's times, which come last", async () => {
    const write = () => collectText(writeProv(testDataset, testReader()));
    expect(await write()).toBe(await write());
    const end = exportTimesEnd(testDataset, times);
    expect(end).toMatch(/^,\n\{"id":"[^"]+:export","prov:startedAtTime":\{[^}]+\},"prov:endedAtTime":\{[^}]+\}\}\n\]\}\n$/);
  });
});
