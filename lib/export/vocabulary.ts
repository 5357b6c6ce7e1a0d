import provenanceContext from "./provenance-context.json";
import type { AttributionRecord } from "./records";

/**
 * Identifiers used inside the data files. Records are named by URNs that
 * depend only on the data and the filters, never on the host that made the
 * export, so the same selection gives byte-identical files from the web app,
 * the API and the CLI. Two kinds of IRI must be dereferenceable instead, and
 * derive from the deployment's public base URL (PUBLIC_BASE_URL): our JSON-LD
 * context, and each annotated revision's text, which W3C clients fetch to
 * anchor annotations on.
 *
 * The terms' namespace (`pe:` in the context) stays fixed, so datasets from
 * different deployments mean the same by the same term.
 */

/** The IRI our JSON-LD documents name as their context: served at that path by every deployment, copied into every zip. */
export function provenanceContextIri(baseUrl: string): string {
  return `${baseUrl}/ns/provenance.jsonld`;
}

/** A source revision's text as text/plain, readable by whoever may read the source through the API. */
export function revisionTextIri(baseUrl: string, sourceId: string, revision: number): string {
  return `${baseUrl}/api/v1/sources/${encodeURIComponent(sourceId)}/revisions/${revision}/text`;
}

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
