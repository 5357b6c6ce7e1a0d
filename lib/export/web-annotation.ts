import { claimValueTerms } from "./claim-value-terms";
import type { DatasetDescription, DatasetReader } from "./dataset";
import { attributionLabel, claimSummary, type AnnotatedRevision, type ClaimRecord, type EvidenceRecord } from "./records";
import { iri, linkIri, provenanceContextIri, revisionTextIri, WEB_ANNOTATION_CONTEXT_IRI } from "./vocabulary";

/**
 * W3C Web Annotation Data Model (JSON-LD). One annotation per evidence span
 * of a claim: its target is the span on the source revision, described by a
 * TextQuoteSelector and a TextPositionSelector (code points, as the model
 * counts); its body is the claim (terms of our own context) and the claim in
 * words (a TextualBody).
 *
 * The file is one AnnotationCollection whose pages are embedded objects:
 * `first` holds the first page and each page holds the next in `next`, so a
 * client finds every annotation without dereferencing a page's name. Each
 * page holds the annotations on one source revision (at most pageSize of
 * them): clients anchor on one text at a time and, like Recogito's, may
 * ignore `target.source`. That IRI is the revision's text as text/plain on
 * the deployment that made the export; the source's original address is the
 * target's `scope`.
 */

export const ANNOTATION_PAGE_SIZE = 1000;

export function webAnnotationContext(baseUrl: string) {
  return [WEB_ANNOTATION_CONTEXT_IRI, provenanceContextIri(baseUrl)];
}

export function claimBody(claim: ClaimRecord) {
  return {
    id: iri.claim(claim.id),
    type: "Claim",
    subject: { id: iri.entity(claim.subject.id), label: claim.subject.name },
    property: { id: iri.property(claim.property.key), key: claim.property.key, label: claim.property.label },
    claimValue: claim.value,
    ...claimValueTerms(claim.value),
    valueText: claim.valueText,
    qualifiers: claim.qualifiers,
    hedging: claim.hedging,
    reviewStatus: claim.status,
    rank: claim.rank,
    attribution: claim.attribution.map((link) => ({
      role: link.role,
      agent: { id: linkIri(link), label: attributionLabel(link) },
    })),
    conflicts: claim.conflicts.map((conflict) => ({
      id: iri.conflict(conflict.id),
      conflictKind: conflict.kind,
      conflictStatus: conflict.status,
      explanation: conflict.explanation,
    })),
  };
}

export function webAnnotation(dataset: DatasetDescription, revision: AnnotatedRevision, claim: ClaimRecord, evidence: EvidenceRecord) {
  return {
    id: iri.annotation(claim.id, evidence.annotationId),
    type: "Annotation",
    motivation: "describing",
    created: claim.history.createdAt,
    modified: claim.history.updatedAt,
    creator: { id: iri.user(claim.history.createdBy.id), type: "Person", name: claim.history.createdBy.name },
    body: [claimBody(claim), { type: "TextualBody", purpose: "describing", format: "text/plain", value: claimSummary(claim) }],
    target: {
      type: "SpecificResource",
      source: {
        id: revisionTextIri(dataset.baseUrl, revision.sourceId, revision.number),
        type: "Text",
        format: "text/plain",
        ...(revision.language ? { language: revision.language } : {}),
        title: revision.sourceTitle,
        isRevisionOf: iri.source(revision.sourceId),
        revision: revision.number,
        sha256: revision.sha256,
      },
      ...(revision.sourceUrl && URL.canParse(revision.sourceUrl) ? { scope: revision.sourceUrl } : {}),
      selector: [
        { type: "TextQuoteSelector", exact: evidence.exact, prefix: evidence.prefix, suffix: evidence.suffix },
        { type: "TextPositionSelector", start: evidence.start, end: evidence.end },
      ],
    },
  };
}

export function annotationCollection(dataset: DatasetDescription, total: number) {
  return { id: iri.dataset(dataset.projectId, dataset.digest), type: "AnnotationCollection", label: collectionLabel(dataset), total };
}

/** A page without its items and its next page, which the writer streams into it. */
export function annotationPageHead(dataset: DatasetDescription, revision: AnnotatedRevision, page: number, startIndex: number, total: number) {
  return {
    id: iri.page(dataset.projectId, dataset.digest, page + 1),
    type: "AnnotationPage",
    label: `${revision.sourceTitle}, revision ${revision.number}`,
    // The collection described where the page names it, as in the model's own example (section 5.2).
    partOf: { id: iri.dataset(dataset.projectId, dataset.digest), label: collectionLabel(dataset), total },
    startIndex,
  };
}

export async function* writeWebAnnotation(
  dataset: DatasetDescription,
  reader: DatasetReader,
  pageSize = ANNOTATION_PAGE_SIZE,
): AsyncGenerator<string> {
  const total = reader.counts.evidence;
  const collection = JSON.stringify({ "@context": webAnnotationContext(dataset.baseUrl), ...annotationCollection(dataset, total) });
  // The collection's own keys, then its pages, each nested in the one before.
  yield collection.slice(0, -1);
  let index = 0;
  let pages = 0;
  let onPage = 0;
  let pageRevision = "";
  for await (const { revision, claim } of reader.claimsByRevision()) {
    const revisionKey = `${revision.sourceId}#${revision.number}`;
    for (const evidence of claim.evidence) {
      if (evidence.source.id !== revision.sourceId || evidence.revision.number !== revision.number) continue;
      if (revisionKey !== pageRevision || onPage === pageSize) {
        const head = JSON.stringify(annotationPageHead(dataset, revision, pages, index, total));
        yield `${pages === 0 ? ',"first":' : '\n],"next":'}${head.slice(0, -1)},"items":[\n`;
        pages++;
        onPage = 0;
        pageRevision = revisionKey;
      } else {
        yield ",\n";
      }
      yield JSON.stringify(webAnnotation(dataset, revision, claim, evidence));
      index++;
      onPage++;
    }
  }
  if (index !== total) throw new Error(`The dataset changed while it was read: ${index} annotations, ${total} counted.`);
  yield pages > 0 ? `\n]${"}".repeat(pages)}}\n` : "}\n";
}

function collectionLabel(dataset: DatasetDescription): string {
  return `${dataset.name}: ${dataset.filters.statuses.join(", ")} claims`;
}
