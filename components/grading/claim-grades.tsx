import { describeCredibility, describeReliability } from "@/lib/grading/grade-words";
import type { OriginGradeView } from "@/lib/server/grading/get-claim-grading";
import { OriginGradeControl } from "./origin-grade-control";

/** A claim's Admiralty grades: its origin's reliability (which graders change here) and its own credibility. */
export function ClaimGrades({ projectId, origin, credibility, canGrade }: { projectId: string; origin: OriginGradeView | undefined; credibility: number | null; canGrade: boolean }) {
  return (
    <section aria-labelledby="claim-grades-title" className="card stack">
      <h2 id="claim-grades-title">Source grading</h2>
      <dl className="claim-grades">
        <dt>Origin reliability</dt>
        <dd data-testid="origin-reliability">
          {origin ? `${origin.label}: ${origin.grade ? describeReliability(origin.grade) : "not graded"}` : "No origin: the claim has no attribution and no evidence."}
        </dd>
        <dt>Credibility</dt>
        <dd data-testid="claim-credibility">{credibility ? describeCredibility(credibility) : "not graded"}</dd>
      </dl>
      {canGrade && origin ? <OriginGradeControl projectId={projectId} origin={origin} /> : null}
    </section>
  );
}
