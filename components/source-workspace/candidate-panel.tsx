"use client";

import { useEffect, useId, useRef, useState } from "react";
import { EntityPicker, type PickedEntity } from "@/components/claims/entity-picker";
import { describeClaimValue } from "@/lib/claims/describe-claim-value";
import { describeDate } from "@/lib/claims/describe-value";
import { hedgingLabels, qualifierValueLabel } from "@/lib/claims/labels";
import type { VocabularyProperty } from "@/lib/server/projects/list-properties";
import type { Candidate, ClaimCandidates } from "./use-claim-candidates";

const STEP_KEYS = { next: "n", previous: "p" } as const;

/** Words of a suggestion, one line: the value, whose numbers, who says so, when. */
export function candidateSummary(candidate: Candidate): string {
  return [
    describeClaimValue(candidate.value),
    candidate.qualifiers ? qualifierValueLabel("victimGroup", candidate.qualifiers.victimGroup) : null,
    candidate.attribution?.chain.length ? `per ${candidate.attribution.chain.map((l) => l.partyName).join(" → ")}` : null,
    candidate.attribution?.hedging ? hedgingLabels[candidate.attribution.hedging].toLowerCase() : null,
    candidate.date ? describeDate(candidate.date) : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

/**
 * The suggested claims of the source, in the panel's place: step through them
 * (`n` / `p`, or choose one), then accept one as it stands (about the subject
 * chosen above), edit it in the claim form, or dismiss it for good.
 */
export function CandidatePanel({
  suggestions,
  properties,
  projectId,
  canDecide,
  onAccept,
  onEdit,
}: {
  suggestions: ClaimCandidates;
  properties: VocabularyProperty[];
  projectId: string;
  /** Writers accept, edit and dismiss; everyone else only reads the suggestions. */
  canDecide: boolean;
  onAccept: (candidate: Candidate, choice: { subjectId: string; propertyId: string }) => Promise<void>;
  onEdit: (candidate: Candidate) => void;
}) {
  const { candidates, focusedKey, setFocusedKey, step, dismissedCount, error } = suggestions;
  const titleId = useId();
  const [subject, setSubject] = useState<PickedEntity | null>(null);
  const [propertyChoice, setPropertyChoice] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<string | null>(null);
  const [isSheetOpen, setIsSheetOpen] = useState(true);
  const list = candidates ?? [];

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (event.key !== STEP_KEYS.next && event.key !== STEP_KEYS.previous) return;
      event.preventDefault();
      step(event.key === STEP_KEYS.next ? 1 : -1);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  });

  // The list follows the keyboard too: the focused row stays in view.
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: "nearest" });
  }, [focusedKey]);

  const fitting = (candidate: Candidate) => properties.filter((p) => p.archivedAt === null && p.valueType === candidate.value.type);

  async function run(key: string, action: () => Promise<unknown>) {
    setPending(key);
    await action();
    setPending(null);
  }

  return (
    <aside className={`annotation-panel candidate-panel${isSheetOpen ? " annotation-panel--open" : ""}`} aria-labelledby={`${titleId}-title`}>
      <div className="annotation-panel__head">
        <h2 id={`${titleId}-title`}>Suggested claims ({list.length})</h2>
        <button
          type="button"
          className="button button--small annotation-panel__toggle"
          aria-expanded={isSheetOpen}
          aria-controls={`${titleId}-body`}
          onClick={() => setIsSheetOpen((open) => !open)}
        >
          {isSheetOpen ? "Hide" : "Show"}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={suggestions.close}>
          Close suggestions
        </button>
      </div>
      <div className="annotation-panel__body" id={`${titleId}-body`}>
        <p className="muted candidate-panel__help">
          Read from the text; nothing is recorded until you accept or edit one.{" "}
          {dismissedCount > 0 ? `${dismissedCount} dismissed or already recorded. ` : ""}
          <button type="button" className="button button--small" onClick={() => step(-1)} aria-keyshortcuts={STEP_KEYS.previous} disabled={list.length === 0}>
            Previous <kbd>{STEP_KEYS.previous}</kbd>
          </button>{" "}
          <button type="button" className="button button--small" onClick={() => step(1)} aria-keyshortcuts={STEP_KEYS.next} disabled={list.length === 0}>
            Next <kbd>{STEP_KEYS.next}</kbd>
          </button>
        </p>
        {canDecide ? <EntityPicker projectId={projectId} label="Accepted claims are about" value={subject} onChange={setSubject} /> : null}
        {error ? (
          <p role="alert" className="form-error">
            {error}
          </p>
        ) : null}
        {list.length === 0 ? <p className="muted">No suggestions left in this text.</p> : null}
        <ol ref={listRef} className="annotation-list" aria-label="Suggested claims">
          {list.map((candidate) => {
            const isFocused = candidate.key === focusedKey;
            const options = fitting(candidate);
            const propertyId = propertyChoice[candidate.key] ?? options[0]?.id ?? "";
            const summary = candidateSummary(candidate);
            return (
              <li key={candidate.key} data-testid="candidate-item">
                <button
                  type="button"
                  className={`annotation-item candidate-item${isFocused ? " annotation-item--active" : ""}`}
                  aria-current={isFocused ? "true" : undefined}
                  onClick={() => setFocusedKey(candidate.key)}
                >
                  <span className="candidate-item__summary">{summary}</span>
                  <span className="annotation-item__quote">“{candidate.quote.length > 160 ? `${candidate.quote.slice(0, 160)}…` : candidate.quote}”</span>
                </button>
                {isFocused && canDecide ? (
                  <div className="annotation-item__actions candidate-item__actions">
                    <label className="field field--compact">
                      <span>Property</span>
                      <select value={propertyId} onChange={(e) => setPropertyChoice((c) => ({ ...c, [candidate.key]: e.target.value }))}>
                        {options.map((p) => (
                          <option key={p.id} value={p.id}>
                            {p.label}
                          </option>
                        ))}
                      </select>
                    </label>
                    <button
                      type="button"
                      className="button button--small button--primary"
                      disabled={!subject || !propertyId || pending !== null}
                      title={subject ? undefined : "Choose what accepted claims are about first"}
                      onClick={() => void run(candidate.key, () => onAccept(candidate, { subjectId: subject!.id, propertyId }))}
                    >
                      {pending === candidate.key ? "Saving…" : "Accept"}
                    </button>
                    <button type="button" className="button button--small" disabled={pending !== null} onClick={() => onEdit(candidate)}>
                      Edit…
                    </button>
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      disabled={pending !== null}
                      onClick={() => void run(candidate.key, () => suggestions.dismiss(candidate))}
                    >
                      Dismiss
                    </button>
                    {!subject ? <span className="muted">Choose what accepted claims are about above.</span> : null}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      </div>
    </aside>
  );
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.getAttribute("contenteditable") === "true" || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
