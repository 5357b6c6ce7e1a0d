import { ProjectBreadcrumbs } from "@/components/projects/project-breadcrumbs";
import { RecheckNotice } from "@/components/review/recheck-notice";
import type { ReactNode } from "react";
import { statusLabels } from "@/components/source-workspace/highlight-model";
import type { getClaim } from "@/lib/server/claims/get-claim";
import { AttributionChain } from "./attribution-chain";
import { ClaimConflicts } from "@/components/conflicts/claim-conflicts";
import { ClaimDetailReviews } from "./claim-detail-reviews";
import { ClaimHistory } from "./claim-history";
import { formatTimestamp } from "@/lib/format/timestamp";
import { ClaimValue } from "./claim-value";
import { EvidenceQuote } from "./evidence-quote";
import Link from "next/link";

type ClaimDetails = Awaited<ReturnType<typeof getClaim>>;

export interface ClaimDetailProps {
  project: { slug: string; name: string };
  claim: ClaimDetails["claim"];
  history: ClaimDetails["history"];
  reviews: ClaimDetails["reviews"];
  /** Slot for the review actions (approve, reject, request changes); rendered beside the status. */
  reviewPanel?: ReactNode;
  /** Actions on the claim itself, such as editing it. */
  actions?: ReactNode;
  /** Slot for the claim's comment thread; rendered after the history. */
  comments?: ReactNode;
  /** Slot for the claim's grades, when the project grades sources. */
  grades?: ReactNode;
}

/** Everything known about one claim: value, evidence in context, attribution chain, conflicts, reviews and history. */
export function ClaimDetail({ project, claim, history, reviews, reviewPanel, actions, comments, grades }: ClaimDetailProps) {
  const hasOpenConflict = claim.conflicts.some((c) => c.status === "open");
  return (
    <article className="claim-detail stack" aria-labelledby="claim-title">
      <header className="page-header">
        <ProjectBreadcrumbs project={project} trail={[{ href: `/projects/${project.slug}/claims`, label: "Claims" }]} />
        <p className="eyebrow">Claim · version {claim.version}</p>
        <h1 id="claim-title">
          {claim.subject.name} · {claim.property.label}
        </h1>
        <p className="claim-detail__badges">
          <span className={`badge badge--${claim.status}`} data-testid="claim-status">
            {statusLabels[claim.status]}
          </span>
          {claim.hedging ? <span className="badge">{claim.hedging}</span> : null}
          {claim.rank !== "normal" ? <span className={`badge badge--rank-${claim.rank}`}>{claim.rank}</span> : null}
          {hasOpenConflict ? <span className="badge badge--conflict">conflict</span> : null}
        </p>
        <p className="muted">
          Recorded by {claim.createdBy.name} on {formatTimestamp(claim.createdAt)}
          {claim.updatedAt !== claim.createdAt ? ` · last changed by ${claim.updatedBy.name} on ${formatTimestamp(claim.updatedAt)}` : ""}
        </p>
      </header>

      {claim.recheck ? <RecheckNotice claimId={claim.id} reason={claim.recheck.reason} canConfirm={Boolean(actions)} /> : null}
      {actions ? <div className="claim-detail__actions">{actions}</div> : null}
      {reviewPanel ? <div className="claim-detail__review-panel">{reviewPanel}</div> : null}

      <section aria-labelledby="claim-value-title" className="card">
        <h2 id="claim-value-title">Value</h2>
        <ClaimValue value={claim.value} valueText={claim.valueText} qualifiers={claim.qualifiers} hedging={claim.hedging} />
        {claim.note ? <p className="claim-detail__note">{claim.note}</p> : null}
      </section>

      <section aria-labelledby="claim-evidence-title">
        <h2 id="claim-evidence-title">Evidence ({claim.evidence.length})</h2>
        <ul className="claim-evidence">
          {claim.evidence.map((evidence) => (
            <li key={evidence.annotationId}>
              <EvidenceQuote evidence={evidence} slug={project.slug} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="claim-chain-title">
        <h2 id="claim-chain-title">Attribution chain</h2>
        <AttributionChain claim={claim} slug={project.slug} />
        {claim.derivedFrom ? (
          <p className="claim-detail__derived" data-testid="derived-from">
            Derived from{" "}
            {claim.derivedFrom.isDeleted ? (
              <span>{claim.derivedFrom.label} (deleted)</span>
            ) : (
              <Link href={`/projects/${project.slug}/claims/${claim.derivedFrom.id}`}>{claim.derivedFrom.label}</Link>
            )}
            <span className="muted"> — it counts as that claim&apos;s source, not as another one.</span>
          </p>
        ) : null}
      </section>

      {grades}

      <section aria-labelledby="claim-conflicts-title">
        <h2 id="claim-conflicts-title">Conflicts ({claim.conflicts.length})</h2>
        <ClaimConflicts conflicts={claim.conflicts} slug={project.slug} />
      </section>

      <section aria-labelledby="claim-reviews-title">
        <h2 id="claim-reviews-title">Review decisions</h2>
        <ClaimDetailReviews reviews={reviews} />
      </section>

      <section aria-labelledby="claim-history-title">
        <h2 id="claim-history-title">History</h2>
        <ClaimHistory history={history} />
      </section>

      {comments ? <div className="claim-detail__comments">{comments}</div> : null}
    </article>
  );
}
