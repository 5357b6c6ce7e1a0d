"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { EntityPicker, type PickedEntity } from "@/components/claims/entity-picker";
import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { formProblem } from "@/components/ui/form-problem";
import { updateEntityRoute } from "@/lib/api/contract/claims";
import { callApi } from "@/lib/client/api-client";
import type { EventDatePrecision, PlacePrecision } from "@/lib/db/generated/enums";
import { placePrecisionOptions } from "@/lib/events/event-place";
import type { EntityPage } from "@/lib/server/events/get-entity-page";

type EventFields = NonNullable<EntityPage["event"]>;

/** Native inputs that write exactly the form each precision takes: 2022-09-06, 2022-09, 2022. */
const dateInputs: Record<EventDatePrecision, { type: string; hint: string; length: number }> = {
  day: { type: "date", hint: "day", length: 10 },
  month: { type: "month", hint: "month, YYYY-MM", length: 7 },
  year: { type: "number", hint: "year", length: 4 },
};

/** Edits an event's date (or range, with precision), place (with precision) and participants in one PATCH. */
export function EventFieldsForm({ entityId, projectId, event }: { entityId: string; projectId: string; event: EventFields }) {
  const router = useRouter();
  const [precision, setPrecision] = useState<EventDatePrecision | "">(event.date?.precision ?? "");
  const [start, setStart] = useState(event.date?.start ?? "");
  const [end, setEnd] = useState(event.date && event.date.end !== event.date.start ? event.date.end : "");
  const [place, setPlace] = useState<PickedEntity | null>(event.place);
  const [placePrecision, setPlacePrecision] = useState<PlacePrecision>(event.place?.precision ?? "exact");
  const [participants, setParticipants] = useState<PickedEntity[]>(event.participants);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  function changePrecision(next: EventDatePrecision | "") {
    // A day keeps its month and year when the precision coarsens; a finer precision needs the user's input.
    const cut = (written: string) => (next && written.length >= dateInputs[next].length ? written.slice(0, dateInputs[next].length) : "");
    setStart(cut(start));
    setEnd(cut(end));
    setPrecision(next);
  }

  function save(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const body = {
      event: {
        date: precision ? { precision, start, ...(end ? { end } : {}) } : null,
        place: place ? { entityId: place.id, precision: placePrecision } : null,
        participantIds: participants.map((participant) => participant.id),
      },
    };
    startTransition(async () => {
      try {
        await callApi(updateEntityRoute, { params: { entityId }, body });
        setOutcome({ kind: "success", text: "Saved the event's date, place and participants." });
        router.refresh();
      } catch (error) {
        setOutcome({ kind: "error", text: formProblem(error).message });
      }
    });
  }

  const input = precision ? dateInputs[precision] : null;
  return (
    // Closed by default: the page is for reading the event; editing is one click away.
    <details className="event-fields-editor">
      <summary>Edit when, where and who</summary>
      <form className="form event-fields-form" onSubmit={save} aria-label="Edit when, where and who">
      <fieldset className="event-fields-form__group">
        <legend>Date</legend>
        <div className="form-row">
          <label className="field">
            <span>Precision</span>
            <select value={precision} onChange={(change) => changePrecision(change.target.value as EventDatePrecision | "")}>
              <option value="">No date recorded</option>
              <option value="day">To the day</option>
              <option value="month">To the month</option>
              <option value="year">To the year</option>
            </select>
          </label>
          {input ? (
            <>
              <label className="field">
                <span>From ({input.hint})</span>
                <input type={input.type} value={start} onChange={(change) => setStart(change.target.value)} required min={precision === "year" ? 1 : undefined} max={precision === "year" ? 9999 : undefined} />
              </label>
              <label className="field">
                <span>To ({input.hint}; empty for a single one)</span>
                <input type={input.type} value={end} onChange={(change) => setEnd(change.target.value)} min={precision === "year" ? 1 : undefined} max={precision === "year" ? 9999 : undefined} />
              </label>
            </>
          ) : null}
        </div>
      </fieldset>
      <fieldset className="event-fields-form__group">
        <legend>Place</legend>
        <div className="form-row">
          <EntityPicker projectId={projectId} label="Place (an entity of kind place)" value={place} onChange={setPlace} allowCreate={false} />
          <label className="field">
            <span>How precisely</span>
            <select value={placePrecision} onChange={(change) => setPlacePrecision(change.target.value as PlacePrecision)} disabled={!place}>
              {placePrecisionOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>
      <fieldset className="event-fields-form__group">
        <legend>Participants</legend>
        {participants.length > 0 ? (
          <ul className="alias-list" aria-label="Participants to save">
            {participants.map((participant) => (
              <li key={participant.id} className="chip">
                {participant.name}{" "}
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={`Remove ${participant.name} from the participants`}
                  onClick={() => setParticipants(participants.filter((p) => p.id !== participant.id))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No participants yet.</p>
        )}
        <EntityPicker
          projectId={projectId}
          label="Add a participant"
          value={null}
          onChange={(picked) => {
            if (picked && !participants.some((p) => p.id === picked.id)) setParticipants([...participants, picked]);
          }}
          allowCreate={false}
        />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isPending}>
          {isPending ? "Saving…" : "Save event details"}
        </button>
      </div>
      <FormOutcome outcome={outcome} />
      </form>
    </details>
  );
}
