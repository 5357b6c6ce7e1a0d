"use client";

import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { ActionsHeader } from "@/components/ui/actions-header";
import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { TableFrame } from "@/components/ui/table-frame";
import { replaceVagueLexiconRoute, type getVagueLexiconRoute } from "@/lib/api/contract/teams";
import type { ResponseOf } from "@/lib/api/define-route";
import { DEFAULT_VAGUE_QUANTITIES } from "@/lib/claims/parse/vague-quantities";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { countProblems, entriesOf, rowProblems, rowsOf, type LexiconRow, type Reading, type RowErrors, type RowField } from "./lexicon-rows";

type Lexicon = ResponseOf<typeof getVagueLexiconRoute>;

const readingLabels: Record<Reading, string> = { vague: "Vague", approximately: "Approximately" };
const DEFAULT_ENTRIES = DEFAULT_VAGUE_QUANTITIES.map((entry) => ({ ...entry, kind: entry.kind ?? "vague" }));

/** How a row is named to assistive technology: by its words, or by its place while it has none. */
const rowName = (row: LexiconRow, index: number) => (row.words.trim() ? `“${row.words.trim()}”` : `row ${index + 1}`);

/**
 * The project's reading of vague amounts ("dozens" as 12 to 99). Owners edit
 * the whole list and save it at once; a refused save keeps every row as typed,
 * with each problem beside its field. "Reset" fills in the default, which a
 * save then restores. Everyone else reads it.
 */
export function VagueLexiconEditor({ projectId, initial, canManage }: { projectId: string; initial: Lexicon; canManage: boolean }) {
  const nextId = useRef(initial.entries.length);
  const [rows, setRows] = useState(() => rowsOf(initial.entries, 0));
  const [isDefault, setIsDefault] = useState(initial.isDefault);
  // A reset shows the default in the table; only a save makes it the project's again.
  const [isResetPending, setIsResetPending] = useState(false);
  const [errors, setErrors] = useState<Record<number, RowErrors>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [focusId, setFocusId] = useState<number | null>(null);
  const [isPending, startTransition] = useTransition();

  useEffect(() => {
    if (focusId !== null) document.getElementById(`vague-${focusId}-words`)?.focus();
  }, [focusId]);

  function freshRows(entries: Lexicon["entries"]) {
    const first = nextId.current;
    nextId.current += entries.length;
    return rowsOf(entries, first);
  }

  function edit(id: number, field: RowField, value: string) {
    setRows((current) => current.map((row) => (row.id === id ? { ...row, [field]: value } : row)));
    setErrors((current) => (current[id]?.[field] ? { ...current, [id]: { ...current[id], [field]: undefined } } : current));
    setIsResetPending(false);
  }

  function addRow() {
    const id = nextId.current++;
    setRows((current) => [...current, { id, words: "", min: "", max: "", kind: "vague" }]);
    setIsResetPending(false);
    setFocusId(id);
  }

  function removeRow(id: number) {
    setRows((current) => current.filter((row) => row.id !== id));
    setIsResetPending(false);
  }

  function resetToDefault() {
    setRows(freshRows(DEFAULT_ENTRIES));
    setErrors({});
    setIsResetPending(true);
    setOutcome({ kind: "success", text: "The default list is in the table. Save to use it." });
  }

  function refuse(byRow: Record<number, RowErrors>, list: string[]) {
    const count = countProblems(byRow);
    const marked = count === 0 ? [] : [count === 1 ? "one field, marked in the table, needs correcting" : `${count} fields, marked in the table, need correcting`];
    setErrors(byRow);
    setOutcome({ kind: "error", text: `Nothing was saved: ${[...marked, ...list].join("; ")}.` });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    const sent = rows;
    const typed = isResetPending ? { entries: null } : entriesOf(sent);
    if ("errors" in typed) {
      refuse(typed.errors, []);
      return;
    }
    setErrors({});
    startTransition(async () => {
      try {
        const saved = await callApi(replaceVagueLexiconRoute, { params: { projectId }, body: { entries: typed.entries } });
        setRows(freshRows(saved.entries));
        setIsDefault(saved.isDefault);
        setIsResetPending(false);
        setOutcome({
          kind: "success",
          text: saved.isDefault ? "Saved: suggestions read vague amounts by the default again." : "Saved: suggestions read vague amounts with this list from now on.",
        });
      } catch (caught) {
        if (caught instanceof ApiRequestError && caught.status === 400) {
          const problems = rowProblems(caught.details, sent);
          refuse(problems.byRow, problems.list.length > 0 || countProblems(problems.byRow) > 0 ? problems.list : [caught.message]);
        } else {
          setOutcome({ kind: "error", text: caught instanceof ApiRequestError ? caught.message : "The list could not be saved. Check your connection and try again." });
        }
      }
    });
  }

  const whose = isDefault ? "This project reads the default list." : "This project reads its own list.";

  return (
    <section aria-labelledby="vague-title" className="stack">
      <h2 id="vague-title">Vague amounts</h2>
      <p className="muted">
        How suggestions turn words such as “dozens” into figures. The default follows ACLED’s codebook: “tens” = 10, “dozens” = 12, “hundreds” = 100, up to just
        under the next order (“dozens”: 12 to 99). An empty bound means no figure. {whose}
      </p>
      {canManage ? (
        <form className="stack" onSubmit={onSubmit} aria-label="Vague amounts" noValidate>
          <TableFrame>
            <table className="table vague-lexicon">
              <thead>
                <tr>
                  <th scope="col">Words</th>
                  <th scope="col">Lowest</th>
                  <th scope="col">Highest</th>
                  <th scope="col">Reading</th>
                  <ActionsHeader />
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={row.id}>
                    <td data-label="Words">
                      <RowInput row={row} field="words" label={`Words of row ${index + 1}`} error={errors[row.id]?.words} onEdit={edit} />
                    </td>
                    <td data-label="Lowest">
                      <RowInput row={row} field="min" label={`Lowest for ${rowName(row, index)}`} error={errors[row.id]?.min} onEdit={edit} />
                    </td>
                    <td data-label="Highest">
                      <RowInput row={row} field="max" label={`Highest for ${rowName(row, index)}`} error={errors[row.id]?.max} onEdit={edit} />
                    </td>
                    <td data-label="Reading">
                      <select
                        value={row.kind}
                        onChange={(event) => edit(row.id, "kind", event.target.value)}
                        aria-label={`Reading of ${rowName(row, index)}`}
                        aria-invalid={errors[row.id]?.kind ? true : undefined}
                        aria-describedby={errors[row.id]?.kind ? `vague-${row.id}-kind-error` : undefined}
                      >
                        {(Object.keys(readingLabels) as Reading[]).map((kind) => (
                          <option key={kind} value={kind}>
                            {readingLabels[kind]}
                          </option>
                        ))}
                      </select>
                      {errors[row.id]?.kind ? (
                        <span id={`vague-${row.id}-kind-error`} className="field-error">
                          {errors[row.id]?.kind}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      <button type="button" className="button button--small" onClick={() => removeRow(row.id)} aria-label={`Remove ${rowName(row, index)}`}>
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
          <FormOutcome outcome={outcome} />
          <div className="form-actions form-actions--wrap">
            <button type="submit" className="button button--primary" disabled={isPending}>
              {isPending ? "Saving…" : "Save"}
            </button>
            <button type="button" className="button" onClick={addRow}>
              Add a wording
            </button>
            <button type="button" className="button" onClick={resetToDefault}>
              Reset to the default (ACLED)
            </button>
          </div>
        </form>
      ) : (
        <TableFrame>
          <table className="table vague-lexicon">
            <thead>
              <tr>
                <th scope="col">Words</th>
                <th scope="col" className="num">
                  Lowest
                </th>
                <th scope="col" className="num">
                  Highest
                </th>
                <th scope="col">Reading</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td data-label="Words">{row.words}</td>
                  <td className="num" data-label="Lowest">
                    {row.min || "—"}
                  </td>
                  <td className="num" data-label="Highest">
                    {row.max || "—"}
                  </td>
                  <td data-label="Reading">{readingLabels[row.kind]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}

function RowInput({
  row,
  field,
  label,
  error,
  onEdit,
}: {
  row: LexiconRow;
  field: "words" | "min" | "max";
  label: string;
  error: string | undefined;
  onEdit: (id: number, field: RowField, value: string) => void;
}) {
  const id = `vague-${row.id}-${field}`;
  const isBound = field !== "words";
  return (
    <>
      <input
        id={id}
        className={isBound ? "vague-lexicon__bound" : undefined}
        value={row[field]}
        onChange={(event) => onEdit(row.id, field, event.target.value)}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...(isBound ? { inputMode: "numeric" as const, maxLength: 12 } : { maxLength: 60 })}
      />
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </>
  );
}
