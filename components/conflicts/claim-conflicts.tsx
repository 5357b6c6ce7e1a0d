import Link from "next/link";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { conflictHref, conflictStatusLabels, kindLabels, rankLabels } from "./conflict-labels";

/**
 * The conflicts a claim takes part in, for the claim page: kind, status,
 * explanation, and the rank a resolution in force gave this claim with its
 * reason. Each links to the conflict on the board, where it is decided.
 */
export function ClaimConflicts({ conflicts, slug }: { conflicts: ClaimView["conflicts"]; slug: string }) {
  if (conflicts.length === 0) return <p className="muted">This claim is in no conflict.</p>;
  return (
    <ul className="claim-conflicts">
      {conflicts.map((conflict) => {
        // Ranks only hold while a person's resolution is in force; reopening or dismissing withdraws them.
        const isRanked = conflict.status === "resolved" && conflict.rankReason !== null;
        return (
          <li key={conflict.id} className="claim-conflicts__item" data-testid="claim-conflict">
            <p className="claim-conflicts__badges">
              <span className={`badge${conflict.status === "open" ? " badge--conflict" : ""}`}>{kindLabels[conflict.kind]}</span>{" "}
              <span className="badge">{conflictStatusLabels[conflict.status]}</span>{" "}
              {isRanked ? <span className={`badge badge--rank-${conflict.rank}`}>This claim: {rankLabels[conflict.rank]}</span> : null}
            </p>
            <p>{conflict.explanation}</p>
            {isRanked ? (
              <p className="muted">
                Why {rankLabels[conflict.rank].toLowerCase()}: {conflict.rankReason}
              </p>
            ) : null}
            <Link href={conflictHref(slug, conflict.id)}>See this conflict on the board</Link>
          </li>
        );
      })}
    </ul>
  );
}
