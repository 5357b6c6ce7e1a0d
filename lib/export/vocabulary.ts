import provenanceContext from "./provenance-context.json";
import type { AttributionRecord } from "./records";

/**
 * Identifiers used inside the data files. They depend only on the data and
 * the filters, never on the host that made the export, so that the same
 * selection gives byte-identical files from the web app, the API and the CLI.
 */

/**
 * The IRI our JSON-LD documents name as their context. It is fixed rather
 * than the serving host's URL for the reason above; every deployment serves
 * the same document at `/ns/provenance.jsonld`, every export zip carries a
 * copy (`contexts/provenance.jsonld`), and JSON-LD processors map the IRI to
 * either copy with a document loader. `.example` is reserved (RFC 2606), so
 * the name can never be taken by someone else.
 */
export const PROVENANCE_CONTEXT_IRI = "https://provenance-editor.example/ns/provenance.jsonld";
export const WEB_ANNOTATION_CONTEXT_IRI = "http://www.w3.org/ns/anno.jsonld";

/** The context document itself (terms are described in lib/export/README.md). */
export const provenanceContextDocument = provenanceContext;

/** The context file as served and as stored in a zip. */
export const provenanceContextText = `${JSON.stringify(provenanceContextDocument, null, 2)}\n`;

const URN = "urn:provenance-editor";

export const iri = {
  claim: (claimId: string) => `${URN}:claim:${claimId}`,
  /** A statement of the claim by the n-th link of its attribution chain. */
  statement: (claimId: string, position: number) => `${URN}:claim:${claimId}:statement:${position}`,
  /** One W3C annotation: one evidence span of one claim. */
  annotation: (claimId: string, annotationId: string) => `${URN}:claim:${claimId}:evidence:${annotationId}`,
  span: (annotationId: string) => `${URN}:span:${annotationId}`,
  source: (sourceId: string) => `${URN}:source:${sourceId}`,
  /** A revision is named by its content, so the same text has the same name everywhere. */
  revision: (sha256: string) => `${URN}:revision:sha256:${sha256}`,
  entity: (entityId: string) => `${URN}:entity:${entityId}`,
  /** A named but unidentified party ("local sources"). */
  party: (name: string) => `${URN}:party:${encodeURIComponent(name)}`,
  property: (key: string) => `${URN}:property:${encodeURIComponent(key)}`,
  conflict: (conflictId: string) => `${URN}:conflict:${conflictId}`,
  user: (userId: string) => `${URN}:user:${userId}`,
  dataset: (projectId: string, digest: string) => `${URN}:dataset:${projectId}:${digest}`,
  page: (projectId: string, digest: string, page: number) => `${URN}:dataset:${projectId}:${digest}:page:${page}`,
  exportActivity: (projectId: string, digest: string) => `${URN}:dataset:${projectId}:${digest}:export`,
  software: () => `${URN}:software`,
};

/** The agent a link of an attribution chain names. */
export function linkIri(link: AttributionRecord): string {
  if (link.entity) return iri.entity(link.entity.id);
  if (link.partyName) return iri.party(link.partyName);
  return iri.source(link.source?.id ?? "");
}
