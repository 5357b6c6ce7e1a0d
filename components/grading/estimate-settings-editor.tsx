"use client";

import { useState, useTransition, type FormEvent } from "react";
import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { updateEstimateSettingsRoute } from "@/lib/api/contract/grading";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";
import type { ReliabilityGrade } from "@/lib/db/generated/enums";
import type { EstimateRuleKind } from "@/lib/estimates/rule";
import type { EstimateSettingsView } from "@/lib/grading/grading-input";
import { describeCredibility, describeReliability } from "@/lib/grading/grade-words";

const RELIABILITY: ReliabilityGrade[] = ["A", "B", "C", "D", "E", "F"];
const CREDIBILITY = [1, 2, 3, 4, 5, 6];

const ruleLabels: Record<EstimateRuleKind, { label: string; hint: string }> = {
  ucdp: { label: "UCDP", hint: "Best is the figure a conflict resolution preferred, else the median of the independent sources' figures." },
  conservative: { label: "Conservative (ACLED)", hint: "Best is the lowest credible figure." },
};

const toggled = <T,>(list: readonly T[], item: T, isOn: boolean) => (isOn ? [...list, item] : list.filter((other) => other !== item));

/**
 * The project's estimate rule and source grading (the Admiralty system),
 * saved at once; owners only, as the settings page is. Excluded grades only
 * count while grading is on, so they stay as chosen when it is turned off.
 */
export function EstimateSettingsEditor({ projectId, initial }: { projectId: string; initial: EstimateSettingsView }) {
  const [settings, setSettings] = useState(initial);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();
  const change = (next: Partial<EstimateSettingsView>) => {
    setSettings((current) => ({ ...current, ...next }));
    setOutcome(null);
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      try {
        setSettings(await callApi(updateEstimateSettingsRoute, { params: { projectId }, body: settings }));
        setOutcome({ kind: "success", text: "Saved: estimates follow these settings from now on." });
      } catch (caught) {
        setOutcome({ kind: "error", text: caught instanceof ApiRequestError ? caught.message : "The settings could not be saved. Check your connection and try again." });
      }
    });
  }

  return (
    <section aria-labelledby="estimate-settings-title" className="card stack">
      <h2 id="estimate-settings-title">Estimates and source grading</h2>
      <form className="form stack" onSubmit={onSubmit} aria-label="Estimates and source grading">
        <fieldset className="fieldset">
          <legend>Estimate rule</legend>
          {(Object.keys(ruleLabels) as EstimateRuleKind[]).map((rule) => (
            <label key={rule} className="field field--checkbox">
              <input type="radio" name="rule" value={rule} checked={settings.rule === rule} onChange={() => change({ rule })} />
              <span>
                {ruleLabels[rule].label} <small className="muted">{ruleLabels[rule].hint}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="field field--checkbox">
          <input type="checkbox" checked={settings.isGradingEnabled} onChange={(event) => change({ isGradingEnabled: event.target.checked })} />
          <span>
            Grade sources (Admiralty system): reliability A–F for each origin, credibility 1–6 for each claim, shown, filtered on and weighed by the rule
          </span>
        </label>
        <fieldset className="fieldset" disabled={!settings.isGradingEnabled} aria-describedby="excluded-hint">
          <legend>Leave out of estimates</legend>
          <small id="excluded-hint" className="muted">
            {settings.isGradingEnabled ? "Claims with a ticked grade do not count; each is listed with the reason." : "Turn grading on to leave grades out."}
          </small>
          <GradeChoices
            label="Origin reliability to leave out"
            grades={RELIABILITY}
            chosen={settings.excludedReliability}
            describe={(grade) => `Reliability ${describeReliability(grade)}`}
            onChange={(excludedReliability) => change({ excludedReliability })}
          />
          <GradeChoices
            label="Credibility to leave out"
            grades={CREDIBILITY}
            chosen={settings.excludedCredibility}
            describe={(grade) => `Credibility ${describeCredibility(grade)}`}
            onChange={(excludedCredibility) => change({ excludedCredibility })}
          />
        </fieldset>
        <FormOutcome outcome={outcome} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={isPending}>
            {isPending ? "Saving…" : "Save estimate settings"}
          </button>
        </div>
      </form>
    </section>
  );
}

/** One row of grade checkboxes: ticking one adds it to the chosen grades. */
function GradeChoices<G extends string | number>(props: {
  label: string;
  grades: readonly G[];
  chosen: readonly G[];
  describe: (grade: G) => string;
  onChange: (chosen: G[]) => void;
}) {
  return (
    <div className="form-row" role="group" aria-label={props.label}>
      {props.grades.map((grade) => (
        <label key={grade} className="field field--checkbox">
          <input
            type="checkbox"
            checked={props.chosen.includes(grade)}
            onChange={(event) => props.onChange(toggled(props.chosen, grade, event.target.checked))}
          />
          <span>{props.describe(grade)}</span>
        </label>
      ))}
    </div>
  );
}
