import Link from "next/link";
import { describeQualifiers } from "@/lib/claims/labels";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import type { EntityPage } from "@/lib/server/events/get-entity-page";
import { TableFrame } from "@/components/ui/table-frame";

type Estimate = EntityPage["estimates"][number];

const ruleNames: Record<Estimate["rule"], string> = { ucdp: "UCDP", conservative: "conservative (ACLED)" };

const figure = (value: number | null) => (value === null ? "—" : value.toLocaleString("en-GB"));

/**
 * The event's estimates, one per property and qualifiers: the figures, how
 * many independent sources they rest on and why, and every claim considered
 * with whether it counted or why not.
 */
export function EventEstimates({ estimates, claims, slug }: { estimates: Estimate[]; claims: ReadonlyMap<string, ClaimView>; slug: string }) {
  if (estimates.length === 0) return <p className="muted">No quantity claims about this event yet, so no estimates.</p>;
  return (
    <ul className="event-estimates">
      {estimates.map((estimate) => {
        const qualifiers = describeQualifiers(estimate.qualifiers);
        const key = `${estimate.property.id}:${JSON.stringify(estimate.qualifiers)}`;
        const titleId = `estimate-${key.replace(/[^a-zA-Z0-9]+/g, "-")}`;
        const label = claims.get(estimate.claims[0]?.id ?? "")?.property.label ?? estimate.property.key;
        return (
          <li key={key} className="card event-estimate" data-testid="event-estimate">
            <h3 id={titleId}>
              {label}
              {qualifiers ? <span className="muted"> · {qualifiers}</span> : null}
            </h3>
            <TableFrame>
              <table className="table event-estimate__figures" aria-labelledby={titleId}>
                <thead>
                  <tr>
                    <th scope="col" className="num">Low</th>
                    <th scope="col" className="num">Best</th>
                    <th scope="col" className="num">High</th>
                    <th scope="col" className="num">Independent sources</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <td className="num" data-testid="estimate-low">{figure(estimate.low)}</td>
                    <td className="num" data-testid="estimate-best">{figure(estimate.best)}</td>
                    <td className="num" data-testid="estimate-high">{figure(estimate.high)}</td>
                    <td className="num" data-testid="estimate-sources">{estimate.independentSources}</td>
                  </tr>
                </tbody>
              </table>
            </TableFrame>
            <p className="event-estimate__explanation">
              <span className="muted">Under the {ruleNames[estimate.rule]} rule:</span> {estimate.explanation}
            </p>
            <h4 className="event-estimate__claims-title">Claims considered ({estimate.claims.length})</h4>
            <ul className="event-estimate__claims">
              {estimate.claims.map((considered) => {
                const claim = claims.get(considered.id);
                const origin = claim?.attribution.find((link) => link.role === "origin")?.label;
                return (
                  <li key={considered.id} data-testid="estimate-claim">
                    <span className={`badge ${considered.isUsed ? "badge--approved" : "badge--none"}`}>{considered.isUsed ? "Used" : "Not used"}</span>{" "}
                    <Link href={`/projects/${slug}/claims/${considered.id}`}>{claim ? claim.valueText : considered.id}</Link>
                    {origin ? <span className="muted"> · per {origin}</span> : null}
                    {considered.reason ? <span className="muted"> — {considered.reason}</span> : null}
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
