import Link from "next/link";
import { statusLabels } from "@/components/source-workspace/highlight-model";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { attributionLine } from "./attribution-chain-steps";
import { TableFrame } from "@/components/ui/table-frame";
import { ClaimGradeBadges } from "@/components/grading/claim-grade-badges";
import type { ClaimGradingView } from "@/lib/server/grading/get-claim-grading";

export interface ClaimListProps {
  slug: string;
  claims: ClaimView[];
  total: number;
  /** False when the list stopped counting at `total`: there are at least that many. */
  isTotalExact: boolean;
  page: number;
  pageSize: number;
  /** Links to the neighbouring pages with the same filters; absent at either end. */
  previousHref?: string;
  nextHref?: string;
  /** The rows' grades, shown as a column while the project grades sources. */
  grading?: ClaimGradingView;
}

function evidenceSources(claim: ClaimView): string[] {
  return [...new Set(claim.evidence.map((e) => e.sourceTitle))];
}

/** One page of claims as a table; each row leads to the claim's detail page. */
export function ClaimList({ slug, claims, total, isTotalExact, page, pageSize, previousHref, nextHref, grading }: ClaimListProps) {
  const first = claims.length === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = (page - 1) * pageSize + claims.length;
  const totalText = isTotalExact ? total.toLocaleString("en-US") : `${total.toLocaleString("en-US")}+`;
  return (
    <section aria-labelledby="claim-list-title" className="claim-list">
      <h2 id="claim-list-title" className="visually-hidden">
        Matching claims
      </h2>
      <p className="muted" data-testid="claim-count">
        {total === 0 ? "No claims match." : `Showing ${first}–${last} of ${totalText} ${total === 1 && isTotalExact ? "claim" : "claims"}`}
      </p>
      {claims.length > 0 ? (
        <TableFrame>
          <table className="table claim-table">
            <thead>
              <tr>
                <th scope="col">Subject</th>
                <th scope="col">Property</th>
                <th scope="col">Value</th>
                <th scope="col">Attribution</th>
                {grading?.isGradingEnabled ? <th scope="col">Grades</th> : null}
                <th scope="col">Status</th>
                <th scope="col">Conflict</th>
                <th scope="col">Evidence in</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((claim) => {
                const openConflicts = claim.conflicts.filter((c) => c.status === "open").length;
                const attribution = attributionLine(claim);
                return (
                  <tr key={claim.id} data-testid="claim-row">
                    <td data-label="Subject">{claim.subject.name}</td>
                    <td data-label="Property">{claim.property.label}</td>
                    <td data-label="Value">
                      <Link href={`/projects/${slug}/claims/${claim.id}`}>
                        {claim.valueText}
                        <span className="visually-hidden">
                          {" "}
                          — {claim.subject.name}, {claim.property.label}
                          {attribution ? `, per ${attribution}` : ""}
                        </span>
                      </Link>
                    </td>
                    <td data-label="Attribution">{attribution || <span className="muted">unattributed</span>}</td>
                    {grading?.isGradingEnabled ? (
                      <td data-label="Grades">
                        <ClaimGradeBadges reliability={grading.origins[claim.id]?.grade ?? null} credibility={claim.credibility} />
                      </td>
                    ) : null}
                    <td data-label="Status">
                      <span className={`badge badge--${claim.status}`}>{statusLabels[claim.status]}</span>
                    </td>
                    <td data-label="Conflict">
                      {openConflicts > 0 ? (
                        <span className="badge badge--conflict" title={`${openConflicts} open ${openConflicts === 1 ? "conflict" : "conflicts"}`}>
                          conflict
                        </span>
                      ) : claim.conflicts.length > 0 ? (
                        <span className="badge" title="Its conflicts were resolved or dismissed">
                          closed
                        </span>
                      ) : (
                        <span className="muted">
                          <span aria-hidden="true">—</span>
                          <span className="visually-hidden">none</span>
                        </span>
                      )}
                    </td>
                    <td data-label="Evidence in">{evidenceSources(claim).join("; ")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableFrame>
      ) : null}
      {previousHref || nextHref ? (
        <nav aria-label="Pages of claims" className="pager">
          {previousHref ? (
            <Link href={previousHref} className="button" rel="prev">
              ← Previous {pageSize}
            </Link>
          ) : null}
          <span className="muted">
            Page {page}
            {isTotalExact ? ` of ${Math.max(1, Math.ceil(total / pageSize))}` : ""}
          </span>
          {nextHref ? (
            <Link href={nextHref} className="button" rel="next">
              Next {isTotalExact ? Math.min(pageSize, total - last) : pageSize} →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
