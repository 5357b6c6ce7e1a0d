import type { DatasetDescription, DatasetReader } from "./dataset";
import { attributionLabel, claimSummary, type ClaimRecord, type EvidenceRecord } from "./records";
import { iri, linkIri, PROVENANCE_CONTEXT_IRI, WEB_ANNOTATION_CONTEXT_IRI } from "./vocabulary";

/**
 * W3C Web Annotation Data Model (JSON-LD). One annotation per evidence span
 * of a claim: its target is the span on the source revision, described by a
 * TextQuoteSelector and a TextPositionSelector; its body is the claim (terms
 * of our own context) and the claim in words (a TextualBody).
 *
 * The file is one JSON-LD document whose @graph holds the
 * AnnotationCollection and its AnnotationPages (pageSize annotations each,
 * linked by first/last/next/partOf); the document's @context applies to
 * every node.
 */

export const ANNOTATION_PAGE_SIZE = 1000;

export const webAnnotationContext = [WEB_ANNOTATION_CONTEXT_IRI, PROVENANCE_CONTEXT_IRI];

export function claimBody(claim: ClaimRecord) {
  return {
    id: iri.claim(claim.id),
    type: "Claim",
    subject: { id: iri.entity(claim.subject.id), label: claim.subject.name },
    property: { id: iri.property(claim.property.key), key: claim.property.key, label: claim.property.label },
    claimValue: claim.value,
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

export function webAnnotation(claim: ClaimRecord, evidence: EvidenceRecord) {
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
        id: iri.revision(evidence.revision.sha256),
        type: "Text",
        title: evidence.source.title,
        isRevisionOf: iri.source(evidence.source.id),
        revision: evidence.revision.number,
        sha256: evidence.revision.sha256,
      },
      selector: [
        { type: "TextQuoteSelector", exact: evidence.exact, prefix: evidence.prefix, suffix: evidence.suffix },
        { type: "TextPositionSelector", start: evidence.start, end: evidence.end },
      ],
    },
  };
}

export function annotationCollection(dataset: DatasetDescription, total: number, pageSize = ANNOTATION_PAGE_SIZE) {
  const pages = Math.ceil(total / pageSize);
  return {
    id: iri.dataset(dataset.projectId, dataset.digest),
    type: "AnnotationCollection",
    label: collectionLabel(dataset),
    total,
    ...(pages > 0 ? { first: pageId(dataset, 0), last: pageId(dataset, pages - 1) } : {}),
  };
}

export function annotationPageHead(dataset: DatasetDescription, total: number, page: number, pageSize = ANNOTATION_PAGE_SIZE) {
  const pages = Math.ceil(total / pageSize);
  return {
    id: pageId(dataset, page),
    type: "AnnotationPage",
    // The collection described where the page names it, as in the model's own example (section 5.2).
    partOf: { id: iri.dataset(dataset.projectId, dataset.digest), label: collectionLabel(dataset), total },
    startIndex: page * pageSize,
    ...(page > 0 ? { prev: pageId(dataset, page - 1) } : {}),
    ...(page < pages - 1 ? { next: pageId(dataset, page + 1) } : {}),
  };
}

export async function* writeWebAnnotation(
  dataset: DatasetDescription,
  reader: DatasetReader,
  pageSize = ANNOTATION_PAGE_SIZE,
): AsyncGenerator<string> {
  const total = reader.counts.evidence;
  yield `{"@context":${JSON.stringify(webAnnotationContext)},"@graph":[\n${JSON.stringify(annotationCollection(dataset, total, pageSize))}`;
  let index = 0;
  for await (const claim of reader.claims()) {
    for (const evidence of claim.evidence) {
      if (index % pageSize === 0) {
        if (index > 0) yield "\n]}";
        const head = JSON.stringify(annotationPageHead(dataset, total, index / pageSize, pageSize));
        // The page's own keys, then its items streamed one by one.
        yield `,\n${head.slice(0, -1)},"items":[\n`;
      } else {
        yield ",\n";
      }
      yield JSON.stringify(webAnnotation(claim, evidence));
      index++;
    }
  }
  if (index !== total) throw new Error(`The dataset changed while it was read: ${index} annotations, ${total} counted.`);
  yield index > 0 ? "\n]}\n]}\n" : "\n]}\n";
}

function collectionLabel(dataset: DatasetDescription): string {
  return `${dataset.name}: ${dataset.filters.statuses.join(", ")} claims`;
}

function pageId(dataset: DatasetDescription, page: number): string {
  return iri.page(dataset.projectId, dataset.digest, page + 1);
}
