import type { ClaimView } from "@/lib/server/claims/claim-view";

const kindLabels: Record<string, string> = {
  contradiction: "Contradiction",
  divergence: "Divergence",
  manual: "Flagged by hand",
};

const rankLabels: Record<string, string> = {
  preferred: "Preferred",
  normal: "Normal",
  deprecated: "Deprecated",
};

/** The conflicts a claim takes part in, with the rank a resolution gave this claim and why. */
export function ClaimDetailConflicts({ conflicts }: { conflicts: ClaimView["conflicts"] }) {
  if (conflicts.length === 0) return <p className="muted">This claim is in no conflict.</p>;
  return (
    <ul className="claim-conflicts">
      {conflicts.map((conflict) => (
        <li key={conflict.id} className="claim-conflicts__item" data-testid="claim-conflict">
          <p className="claim-conflicts__badges">
            <span className={`badge${conflict.status === "open" ? " badge--conflict" : ""}`}>{kindLabels[conflict.kind] ?? conflict.kind}</span>{" "}
            <span className="badge">{conflict.status}</span>{" "}
            <span className={`badge badge--rank-${conflict.rank}`}>This claim: {rankLabels[conflict.rank] ?? conflict.rank}</span>
          </p>
          <p>{conflict.explanation}</p>
          {conflict.rankReason ? <p className="muted">Why {conflict.rank}: {conflict.rankReason}</p> : null}
        </li>
      ))}
    </ul>
  );
}
