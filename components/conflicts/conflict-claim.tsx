import Link from "next/link";
import { describeQualifiers } from "@/lib/claims/labels";
import { statusLabels } from "@/components/source-workspace/highlight-model";
import type { ConflictView } from "@/lib/server/conflicts/conflict-view";
import { rankLabels } from "./conflict-labels";

type Member = ConflictView["members"][number];

/**
 * One side of a conflict: who says it (the chain's origin, then the rest of
 * the chain), the value, its qualifiers, the evidence quotes linking to their
 * spans, and the rank a resolution gave it.
 */
export function ConflictClaim({ member, slug, isDecided }: { member: Member; slug: string; isDecided: boolean }) {
  const { claim } = member;
  const [origin, ...chain] = claim.attribution;
  const qualifiers = describeQualifiers(claim.qualifiers);
  return (
    <li className={`conflict-claim conflict-claim--${member.rank}`} data-testid="conflict-claim">
      <p className="conflict-claim__origin">
        <span className="visually-hidden">According to </span>
        <strong>{origin?.label ?? "Unattributed"}</strong>
        {chain.length ? <span className="muted"> via {chain.map((link) => link.label).join(" → ")}</span> : null}
      </p>
      <p className="conflict-claim__value">{claim.valueText}</p>
      <p className="muted conflict-claim__topic">
        {claim.subject.name} · {claim.property.label}
        {qualifiers ? ` · ${qualifiers}` : ""}
      </p>
      <p className="conflict-claim__badges">
        <span className={`badge badge--${claim.status}`}>{statusLabels[claim.status]}</span>
        {member.isDeleted ? <span className="badge">Withdrawn</span> : null}
        {isDecided ? <span className={`badge badge--rank-${member.rank}`}>{rankLabels[member.rank]}</span> : null}
      </p>
      {isDecided && member.rankReason ? <p className="conflict-claim__reason">Why: {member.rankReason}</p> : null}
      <ul className="conflict-claim__evidence" aria-label="Evidence">
        {claim.evidence.map((evidence) => (
          <li key={evidence.annotationId}>
            <blockquote>
              <Link href={`/projects/${slug}/sources/${evidence.sourceId}?annotation=${encodeURIComponent(evidence.annotationId)}`}>
                “{evidence.exact}”
              </Link>
            </blockquote>
            <span className="muted">{evidence.sourceTitle}</span>
          </li>
        ))}
      </ul>
      {member.isDeleted ? null : (
        <Link
          href={`/projects/${slug}/claims/${claim.id}`}
          className="conflict-claim__link"
          aria-label={`Open claim: ${origin?.label ?? "unattributed"}, ${claim.valueText}`}
        >
          Open claim
        </Link>
      )}
    </li>
  );
}
