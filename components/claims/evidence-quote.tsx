import Link from "next/link";
import type { ClaimView } from "@/lib/server/claims/claim-view";

type Evidence = ClaimView["evidence"][number];

/**
 * One evidence span in its context (the stored prefix and suffix), linking to
 * the source page, which scrolls to the annotation and marks it active.
 */
export function EvidenceQuote({ evidence, slug }: { evidence: Evidence; slug: string }) {
  const href = `/projects/${slug}/sources/${evidence.sourceId}?annotation=${encodeURIComponent(evidence.annotationId)}`;
  return (
    <figure className="evidence-quote">
      <blockquote className="evidence-quote__text">
        <Link href={href} className="evidence-quote__link" data-testid="evidence-quote">
          {evidence.prefix ? <span className="evidence-quote__context">…{evidence.prefix}</span> : null}
          <mark className="evidence-quote__exact">{evidence.exact}</mark>
          {evidence.suffix ? <span className="evidence-quote__context">{evidence.suffix}…</span> : null}
        </Link>
      </blockquote>
      <figcaption className="muted">
        {evidence.sourceTitle} · revision {evidence.revision} · characters {evidence.start}–{evidence.end}{" "}
        <span className="evidence-quote__hint">(opens the source at this span)</span>
      </figcaption>
    </figure>
  );
}
