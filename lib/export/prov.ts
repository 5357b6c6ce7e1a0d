import type { EntityKind } from "@/lib/db/generated/enums";
import type { DatasetDescription, DatasetReader } from "./dataset";
import { attributionLabel, claimSummary, type AttributionRecord, type ClaimRecord, type EntityRecord, type SourceRecord } from "./records";
import { iri, PROVENANCE_CONTEXT_IRI } from "./vocabulary";

/**
 * W3C PROV-O as JSON-LD. Each claim is a prov:Entity derived from the
 * evidence spans it was read from; each span is quoted from a source
 * revision. The attribution chain is a chain of statements: the origin's
 * statement (attributed to the origin), then each intermediary's, quoted
 * from the one before; the claim is attributed to the origin and derived
 * from the last statement, the one that reached the document. The export
 * itself is a prov:Activity that used the claims and generated the dataset.
 */

const xsdDateTime = (value: string) => ({ "@value": value, "@type": "xsd:dateTime" });
const ref = (id: string) => ({ id });

const agentTypes: Record<EntityKind, string[]> = {
  armed_group: ["prov:Agent", "prov:Organization"],
  state_force: ["prov:Agent", "prov:Organization"],
  organisation: ["prov:Agent", "prov:Organization"],
  media_outlet: ["prov:Agent", "prov:Organization"],
  person: ["prov:Agent", "prov:Person"],
  place: ["prov:Location"],
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
    { id: iri.software(), type: "prov:SoftwareAgent", label: "Provenance Editor" },
    { id: collection, type: ["prov:Entity", "prov:Collection"], label: dataset.name, "prov:wasGeneratedBy": ref(activity) },
  ];
}

export function entityNode(entity: EntityRecord) {
  return { id: iri.entity(entity.id), type: agentTypes[entity.entityKind], label: entity.name, entityKind: entity.entityKind };
}

export function sourceNodes(source: SourceRecord) {
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
      id: iri.revision(revision.sha256),
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
  const spans = claim.evidence.map((evidence) => ({
    id: iri.span(evidence.annotationId),
    type: "prov:Entity",
    "prov:value": evidence.exact,
    "oa:start": evidence.start,
    "oa:end": evidence.end,
    "prov:wasQuotedFrom": ref(iri.revision(evidence.revision.sha256)),
  }));
  const last = chain.at(-1);
  const claimNode = {
    id: iri.claim(claim.id),
    type: ["prov:Entity", "Claim"],
    label: claimSummary(claim),
    reviewStatus: claim.status,
    "prov:generatedAtTime": xsdDateTime(claim.history.createdAt),
    ...(origin ? attributedTo(origin) : {}),
    "prov:wasDerivedFrom": [
      ...spans.map((span) => ref(span.id)),
      ...(last ? [ref(iri.statement(claim.id, last.position))] : []),
    ],
    "@reverse": { "prov:used": ref(iri.exportActivity(dataset.projectId, dataset.digest)) },
  };
  return [claimNode, ...spans, ...statements];
}

export async function* writeProv(dataset: DatasetDescription, reader: DatasetReader): AsyncGenerator<string> {
  yield `{"@context":${JSON.stringify(PROVENANCE_CONTEXT_IRI)},"@graph":[\n`;
  let separator = "";
  const emit = (node: object) => {
    const text = `${separator}${JSON.stringify(node)}`;
    separator = ",\n";
    return text;
  };
  for (const node of exportActivityNodes(dataset)) yield emit(node);
  for await (const entity of reader.entities()) yield emit(entityNode(entity));
  for await (const source of reader.sources()) for (const node of sourceNodes(source)) yield emit(node);
  for await (const claim of reader.claims()) for (const node of claimNodes(dataset, claim)) yield emit(node);
  yield "\n]}\n";
}

/** A party without an entity is described where it is named, so no list of parties has to be kept. */
function attributedTo(link: AttributionRecord) {
  if (link.entity) return { "prov:wasAttributedTo": ref(iri.entity(link.entity.id)) };
  if (link.partyName) {
    return { "prov:wasAttributedTo": { id: iri.party(link.partyName), type: "prov:Agent", label: link.partyName } };
  }
  return {};
}
