import Link from "next/link";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { RecheckNotice } from "./recheck-notice";

/** Claims a new revision of a source left uncertain, on the review page until someone confirms or edits each. */
export function RecheckList({ slug, claims, total, canConfirm }: { slug: string; claims: ClaimView[]; total: number; canConfirm: boolean }) {
  if (total === 0) return null;
  return (
    <section aria-labelledby="recheck-title" className="card recheck-list">
      <h2 id="recheck-title">Needs re-check ({total})</h2>
      <p className="muted">A new revision changed the words of these claims&apos; evidence, or lost it. Confirm each one, or edit it.</p>
      <ul className="recheck-list__items">
        {claims.map((claim) => (
          <li key={claim.id} data-testid="recheck-item">
            <Link href={`/projects/${slug}/claims/${claim.id}`}>
              {claim.subject.name} · {claim.property.label}: {claim.valueText}
            </Link>
            <RecheckNotice claimId={claim.id} reason={claim.recheck?.reason ?? ""} canConfirm={canConfirm} />
          </li>
        ))}
      </ul>
      {total > claims.length ? (
        <p>
          <Link href={`/projects/${slug}/claims?needsRecheck=true`}>All {total} claims that need a re-check</Link>
        </p>
      ) : null}
    </section>
  );
}
