import type { EntityKind } from "@/lib/db/generated/enums";
import { claimValueTerms } from "./claim-value-terms";
import type { DatasetDescription, DatasetReader } from "./dataset";
import { attributionLabel, claimSummary, type AttributionRecord, type ClaimRecord, type EntityRecord, type EvidenceRecord, type SourceRecord } from "./records";
import { iri, provenanceContextIri, revisionTextIri } from "./vocabulary";

/**
 * W3C PROV-O as JSON-LD. Each claim is a prov:Entity with its content
 * (subject, property, typed value), derived from the evidence spans it was
 * read from and from their source revisions; each span is quoted from a
 * revision. The attribution chain is a chain of statements: the origin's
 * statement (attributed to the origin), then each intermediary's, quoted
 * from the one before; the claim is attributed to the origin and derived
 * from the last statement, the one that reached the document. The export
 * itself is a prov:Activity that used the claims and generated the dataset.
 *
 * Every node typed with a PROV subclass (prov:SoftwareAgent, prov:Person,
 * prov:Location…) also carries its PROV base type: tools such as ProvPy do
 * no RDFS reasoning and refuse a node they cannot place.
 */

/** When the export ran: the only thing in prov.jsonld that the data and filters do not determine. */
export interface ExportTimes {
  startedAt: Date;
  endedAt: Date;
}

const xsdDateTime = (value: string) => ({ "@value": value, "@type": "xsd:dateTime" });
const ref = (id: string) => ({ id });

const agentTypes: Record<EntityKind, string[]> = {
  armed_group: ["prov:Agent", "prov:Organization"],
  state_force: ["prov:Agent", "prov:Organization"],
  organisation: ["prov:Agent", "prov:Organization"],
  media_outlet: ["prov:Agent", "prov:Organization"],
  person: ["prov:Agent", "prov:Person"],
  place: ["prov:Entity", "prov:Location"],
  event: ["prov:Entity"],
};

export function exportActivityNodes(dataset: DatasetDescription) {
  const activity = iri.exportActivity(dataset.projectId, dataset.digest);
  const collection = iri.dataset(dataset.projectId, dataset.digest);
  return [
    {
      id: activity,
      type: "prov:Activity",
      label: `Export of ${dataset.name}`,
      "prov:wasAssociatedWith": ref(iri.software()),
      "prov:generated": ref(collection),
      filters: dataset.filters,
    },
    { id: iri.software(), type: ["prov:Agent", "prov:SoftwareAgent"], label: "Provenance Editor" },
    { id: collection, type: ["prov:Entity", "prov:Collection"], label: dataset.name, "prov:wasGeneratedBy": ref(activity) },
  ];
}

/**
 * The export activity's times, as a node of their own (JSON-LD merges it with
 * the activity) that ends the document: everything before it is the same for
 * the same data and filters.
 */
export function exportTimesNode(dataset: DatasetDescription, times: ExportTimes) {
  return {
    id: iri.exportActivity(dataset.projectId, dataset.digest),
    "prov:startedAtTime": xsdDateTime(times.startedAt.toISOString()),
    "prov:endedAtTime": xsdDateTime(times.endedAt.toISOString()),
  };
}

export function entityNode(entity: EntityRecord) {
  return { id: iri.entity(entity.id), type: agentTypes[entity.entityKind], label: entity.name, entityKind: entity.entityKind };
}

export function sourceNodes(dataset: DatasetDescription, source: SourceRecord) {
  const sourceIri = iri.source(source.id);
  return [
    {
      id: sourceIri,
      type: "prov:Entity",
      title: source.title,
      ...(source.outlet ? { "dcterms:publisher": source.outlet } : {}),
      ...(source.author ? { "dcterms:creator": source.author } : {}),
      ...(source.publishedAt ? { "dcterms:issued": source.publishedAt } : {}),
      ...(source.language ? { "dcterms:language": source.language } : {}),
      ...(source.url ? { "rdfs:seeAlso": ref(source.url) } : {}),
    },
    ...source.revisions.map((revision) => ({
      id: revisionTextIri(dataset.baseUrl, source.id, revision.number),
      type: "prov:Entity",
      "prov:specializationOf": ref(sourceIri),
      revision: revision.number,
      sha256: revision.sha256,
    })),
  ];
}

/** The claim, its evidence spans and the statements of its attribution chain. */
export function claimNodes(dataset: DatasetDescription, claim: ClaimRecord) {
  const chain = claim.attribution;
  const origin = chain[0];
  const statements = chain.map((link, index) => ({
    id: iri.statement(claim.id, link.position),
    type: "prov:Entity",
    label: `${link.role}: ${attributionLabel(link)}`,
    ...attributedTo(link),
    ...(link.source ? { "dcterms:isPartOf": ref(iri.source(link.source.id)) } : {}),
    ...(index > 0 ? { "prov:wasQuotedFrom": ref(iri.statement(claim.id, chain[index - 1]!.position)) } : {}),
  }));
  const revisionIri = (evidence: EvidenceRecord) => revisionTextIri(dataset.baseUrl, evidence.source.id, evidence.revision.number);
  const spans = claim.evidence.map((evidence) => ({
    id: iri.span(evidence.annotationId),
    type: "prov:Entity",
    "prov:value": evidence.exact,
    "oa:start": evidence.start,
    "oa:end": evidence.end,
    "prov:wasQuotedFrom": ref(revisionIri(evidence)),
  }));
  const last = chain.at(-1);
  const claimNode = {
    id: iri.claim(claim.id),
    type: ["prov:Entity", "Claim"],
    label: claimSummary(claim),
    subject: iri.entity(claim.subject.id),
    property: { id: iri.property(claim.property.key), key: claim.property.key, label: claim.property.label },
    claimValue: claim.value,
    ...claimValueTerms(claim.value),
    valueText: claim.valueText,
    qualifiers: claim.qualifiers,
    ...(claim.hedging ? { hedging: claim.hedging } : {}),
    reviewStatus: claim.status,
    rank: claim.rank,
    "prov:generatedAtTime": xsdDateTime(claim.history.createdAt),
    ...(origin ? attributedTo(origin) : {}),
    "prov:wasDerivedFrom": [
      ...spans.map((span) => ref(span.id)),
      ...[...new Set(claim.evidence.map(revisionIri))].map(ref),
      ...(last ? [ref(iri.statement(claim.id, last.position))] : []),
    ],
    "@reverse": { "prov:used": ref(iri.exportActivity(dataset.projectId, dataset.digest)) },
  };
  return [claimNode, ...spans, ...statements];
}

/**
 * The document up to the export's times, which `exportTimesEnd` adds: apart,
 * so that two exports of the same data can be told equal by these bytes alone.
 */
export async function* writeProv(dataset: DatasetDescription, reader: DatasetReader): AsyncGenerator<string> {
  yield `{"@context":${JSON.stringify(provenanceContextIri(dataset.baseUrl))},"@graph":[\n`;
  let separator = "";
  const emit = (node: object) => {
    const text = `${separator}${JSON.stringify(node)}`;
    separator = ",\n";
    return text;
  };
  for (const node of exportActivityNodes(dataset)) yield emit(node);
  for await (const entity of reader.entities()) yield emit(entityNode(entity));
  for await (const source of reader.sources()) for (const node of sourceNodes(dataset, source)) yield emit(node);
  for await (const claim of reader.claims()) for (const node of claimNodes(dataset, claim)) yield emit(node);
}

/** The rest of the document after writeProv: the times node and the closing brackets. */
export function exportTimesEnd(dataset: DatasetDescription, times: ExportTimes): string {
  return `,\n${JSON.stringify(exportTimesNode(dataset, times))}\n]}\n`;
}

/**
 * Who a link names, typed prov:Agent where it is named (the range of
 * prov:wasAttributedTo): a place or an event can be quoted too. A party
 * without an entity is described there, so no list of parties has to be kept.
 */
function attributedTo(link: AttributionRecord) {
  if (link.entity) return { "prov:wasAttributedTo": { id: iri.entity(link.entity.id), type: "prov:Agent" } };
  if (link.partyName) {
    return { "prov:wasAttributedTo": { id: iri.party(link.partyName), type: "prov:Agent", label: link.partyName } };
  }
  return {};
}
