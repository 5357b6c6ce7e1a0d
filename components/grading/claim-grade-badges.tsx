import type { ReliabilityGrade } from "@/lib/db/generated/enums";
import { describeCredibility, describeReliability } from "@/lib/grading/grade-words";

/** "E 3": the origin's reliability and the claim's credibility, spelled out for screen readers and on hover. */
export function ClaimGradeBadges({ reliability, credibility }: { reliability: ReliabilityGrade | null; credibility: number | null }) {
  const reliabilityWords = reliability ? `origin reliability ${describeReliability(reliability)}` : "origin not graded";
  const credibilityWords = credibility ? `credibility ${describeCredibility(credibility)}` : "credibility not graded";
  return (
    <span className="claim-grades__badges" title={`${reliabilityWords}; ${credibilityWords}`}>
      <span className="badge" aria-hidden="true">
        {reliability ?? "–"}
        {credibility ?? "–"}
      </span>
      <span className="visually-hidden">
        {reliabilityWords}; {credibilityWords}
      </span>
    </span>
  );
}
