"use client";

import { useState, useTransition, type FormEvent } from "react";
import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { TableFrame } from "@/components/ui/table-frame";
import { ActionsHeader } from "@/components/ui/actions-header";
import { setPartyReliabilityRoute } from "@/lib/api/contract/grading";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";
import type { ReliabilityGrade } from "@/lib/db/generated/enums";
import { reliabilityGradeSchema } from "@/lib/estimates/rule";
import { describeReliability } from "@/lib/grading/grade-words";
import type { PartyReliabilityView } from "@/lib/server/grading/list-party-reliabilities";
import { ReliabilitySelect } from "./reliability-select";

/**
 * The reliability of named parties, the origins that are no entity ("local
 * sources"). A name is matched after normalisation, so grading "The Local
 * Sources" grades every chain that names them. Graders add, change and remove.
 */
export function PartyReliabilityEditor({ projectId, initial, canGrade }: { projectId: string; initial: PartyReliabilityView[]; canGrade: boolean }) {
  const [parties, setParties] = useState(initial);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  function save(name: string, grade: ReliabilityGrade | null, done?: () => void) {
    startTransition(async () => {
      try {
        setParties((await callApi(setPartyReliabilityRoute, { params: { projectId }, body: { name, grade } })).parties);
        setOutcome({ kind: "success", text: grade ? `Saved: ${name} is graded ${describeReliability(grade)}.` : `Removed the grade of ${name}.` });
        done?.();
      } catch (caught) {
        setOutcome({ kind: "error", text: caught instanceof ApiRequestError ? caught.message : "The grade could not be saved. Check your connection and try again." });
      }
    });
  }

  function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const grade = reliabilityGradeSchema.safeParse(data.get("reliability"));
    if (!grade.success) {
      setOutcome({ kind: "error", text: "Choose a grade for the party." });
      return;
    }
    save(String(data.get("name") ?? ""), grade.data, () => form.reset());
  }

  return (
    <section aria-labelledby="party-reliability-title" className="stack">
      <h2 id="party-reliability-title">Reliability of named parties</h2>
      <p className="muted">Origins recorded by name rather than as an entity. An entity&apos;s reliability is set on its row above.</p>
      {parties.length > 0 ? (
        <TableFrame>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Party</th>
                <th scope="col">Reliability</th>
                {canGrade ? <ActionsHeader /> : null}
              </tr>
            </thead>
            <tbody>
              {parties.map((party) => (
                <tr key={party.name}>
                  <th scope="row">{party.label}</th>
                  <td data-label="Reliability">{describeReliability(party.grade)}</td>
                  {canGrade ? (
                    <td>
                      <button type="button" className="button button--small" disabled={isPending} onClick={() => save(party.label, null)}>
                        Remove grade<span className="visually-hidden"> of {party.label}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      ) : (
        <p className="muted">No named party is graded.</p>
      )}
      {canGrade ? (
        <form className="form form--inline" onSubmit={onAdd} aria-label="Grade a named party">
          <label className="field">
            <span>Party name</span>
            <input name="name" required maxLength={200} placeholder="e.g. local sources" />
          </label>
          <ReliabilitySelect name="reliability" defaultValue={null} />
          <button type="submit" className="button button--primary" disabled={isPending}>
            {isPending ? "Saving…" : "Grade party"}
          </button>
        </form>
      ) : null}
      <FormOutcome outcome={outcome} />
    </section>
  );
}
