"use client";

import { describeClaimValue } from "@/lib/claims/describe-claim-value";
import { hedgingLabels, polarityLabels, qualifierValueLabel } from "@/lib/claims/labels";
import { propositionFrom } from "@/lib/claims/proposition";
import type { ClaimValue } from "@/lib/claims/value";
import { useTextSuggestions, type SuggestionContext, type TextSuggestions } from "./use-text-suggestions";

export type SuggestedAttribution = TextSuggestions["attributions"][number];

/**
 * What the selected words suggest, read by the server. Nothing is applied
 * until the user presses the button next to a suggestion.
 */
export function SuggestionsPanel({
  text,
  context,
  onApplyValue,
  onApplyAttribution,
  onApplyProposition,
}: {
  text: string;
  context: SuggestionContext;
  onApplyValue: (value: ClaimValue, victimGroup?: string) => void;
  onApplyAttribution: (attribution: SuggestedAttribution) => void;
  /** Uses the selected words as what an assertion asserts; the researcher trims them after. */
  onApplyProposition: (proposition: string) => void;
}) {
  const { suggestions, error, isLoading, retry } = useTextSuggestions(text, context);
  const isEmpty = suggestions && !suggestions.quantities.length && !suggestions.dates.length && !suggestions.attributions.length;
  const proposition = propositionFrom(text);
  return (
    <section className="suggestions" aria-label="Suggestions from the selected words" aria-busy={isLoading}>
      <h3>Suggestions from “{text.length > 80 ? `${text.slice(0, 80)}…` : text}”</h3>
      {isLoading ? (
        <p className="muted" role="status">
          Reading the selected words…
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}{" "}
          <button type="button" className="button button--small" onClick={retry}>
            Try again
          </button>
        </p>
      ) : null}
      {isEmpty ? <p className="muted">No figure, date or attribution recognised in the selection.</p> : null}
      <ul>
        {suggestions?.quantities.map((q, i) => (
          <li key={`q${i}`}>
            <span>
              Quantity: <strong>{describeClaimValue(q.value)}</strong>
              {q.qualifiers ? ` (${qualifierValueLabel("victimGroup", q.qualifiers.victimGroup)})` : ""}
            </span>
            <button type="button" className="button button--small" onClick={() => onApplyValue(q.value, q.qualifiers?.victimGroup)}>
              Use this value
            </button>
          </li>
        ))}
        {suggestions?.dates.map((d, i) => (
          <li key={`d${i}`}>
            <span>
              Date: <strong>{describeClaimValue(d.value)}</strong>
            </span>
            <button type="button" className="button button--small" onClick={() => onApplyValue(d.value)}>
              Use this value
            </button>
          </li>
        ))}
        {suggestions?.attributions.map((a, i) => (
          <li key={`a${i}`}>
            <span>
              Attribution: <strong>{a.chain.map((l) => l.partyName).join(" → ")}</strong>
              {a.polarity ? ` · ${polarityLabels[a.polarity].toLowerCase()}` : ""}
              {a.hedging ? ` · ${hedgingLabels[a.hedging].toLowerCase()}` : ""}
            </span>
            <button type="button" className="button button--small" onClick={() => onApplyAttribution(a)}>
              Use this attribution
            </button>
          </li>
        ))}
        {proposition ? (
          <li>
            <span>
              Proposition: <strong>“{proposition.length > 120 ? `${proposition.slice(0, 120)}…` : proposition}”</strong>
            </span>
            <button type="button" className="button button--small" onClick={() => onApplyProposition(proposition)}>
              Use as the proposition
            </button>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
