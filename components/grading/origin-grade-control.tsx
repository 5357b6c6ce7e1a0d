"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { updateEntityRoute } from "@/lib/api/contract/claims";
import { setPartyReliabilityRoute } from "@/lib/api/contract/grading";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";
import type { ReliabilityGrade } from "@/lib/db/generated/enums";
import { describeReliability } from "@/lib/grading/grade-words";
import type { OriginGradeView } from "@/lib/server/grading/get-claim-grading";

const GRADES: ReliabilityGrade[] = ["A", "B", "C", "D", "E", "F"];

/**
 * Grades a claim's origin where it is seen: an entity's grade is the entity's,
 * a named party's is the party's, so it applies to every claim from it.
 */
export function OriginGradeControl({ projectId, origin }: { projectId: string; origin: OriginGradeView }) {
  const router = useRouter();
  const [grade, setGrade] = useState<ReliabilityGrade | "">(origin.grade ?? "");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reliability = grade || null;
    startTransition(async () => {
      try {
        if (origin.entityId) await callApi(updateEntityRoute, { params: { entityId: origin.entityId }, body: { reliability } });
        else await callApi(setPartyReliabilityRoute, { params: { projectId }, body: { name: origin.label, grade: reliability } });
        setOutcome({ kind: "success", text: reliability ? `Saved: ${origin.label} is graded ${describeReliability(reliability)}.` : `Saved: ${origin.label} is not graded.` });
        router.refresh();
      } catch (caught) {
        setOutcome({ kind: "error", text: caught instanceof ApiRequestError ? caught.message : "The grade could not be saved. Check your connection and try again." });
      }
    });
  }

  return (
    <form className="form-row" onSubmit={onSubmit} aria-label={`Reliability of ${origin.label}`}>
      <label className="field">
        <span>Reliability of {origin.label}</span>
        <select value={grade} onChange={(event) => setGrade(event.target.value as ReliabilityGrade | "")}>
          <option value="">Not graded</option>
          {GRADES.map((option) => (
            <option key={option} value={option}>
              {describeReliability(option)}
            </option>
          ))}
        </select>
      </label>
      <div className="form-actions">
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? "Saving…" : "Save grade"}
        </button>
      </div>
      <FormOutcome outcome={outcome} />
    </form>
  );
}
