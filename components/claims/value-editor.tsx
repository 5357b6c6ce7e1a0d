"use client";

import type { ClaimValue, DateValue, QuantityValue } from "@/lib/claims/value";
import { EntityPicker } from "./entity-picker";

const polarityLabels = { affirmed: "Affirmed: it is so", denied: "Denied: it is not so" } as const;

const QUANTITY_KINDS: { value: QuantityValue["kind"]; label: string }[] = [
  { value: "exact", label: "Exactly" },
  { value: "at_least", label: "At least (60+)" },
  { value: "at_most", label: "At most" },
  { value: "approximately", label: "Approximately" },
  { value: "range", label: "Range (30–45+)" },
  { value: "vague", label: "Vague (several hundred)" },
];

const CATEGORIES = ["killed", "wounded", "captured", "killed_or_wounded", "displaced", "other"] as const;

type Errors = Record<string, string | undefined>;

function numberOrNull(raw: string): number | null {
  return raw.trim() === "" ? null : Number(raw);
}

/** The editor that fits the property's value type. */
export function ValueEditor({
  projectId,
  value,
  onChange,
  errors,
  entityName,
  onEntityName,
  recordedPropositions = [],
}: {
  projectId: string;
  value: ClaimValue;
  onChange: (value: ClaimValue) => void;
  errors: Errors;
  entityName?: string;
  onEntityName: (name: string) => void;
  /** Propositions already recorded about the subject: reusing one lets the claims meet in one conflict group. */
  recordedPropositions?: string[];
}) {
  switch (value.type) {
    case "quantity":
      return <QuantityEditor value={value} onChange={onChange} errors={errors} />;
    case "date":
      return <DateEditor value={value} onChange={onChange} errors={errors} />;
    case "assertion":
      return (
        <fieldset className="fieldset">
          <legend>Assertion</legend>
          <label className="field">
            <span>Proposition</span>
            <input
              value={value.proposition}
              onChange={(e) => onChange({ ...value, proposition: e.target.value })}
              placeholder="airstrikes occurred during the battle"
              aria-invalid={errors["value.proposition"] ? true : undefined}
            />
          </label>
          {errors["value.proposition"] ? <p className="field-error">{errors["value.proposition"]}</p> : null}
          {recordedPropositions.filter((p) => p !== value.proposition).length > 0 ? (
            <div className="recorded-propositions" role="group" aria-label="Propositions already recorded about this subject">
              <span className="muted">Already recorded about this subject:</span>{" "}
              {recordedPropositions
                .filter((p) => p !== value.proposition)
                .map((proposition) => (
                  <button key={proposition} type="button" className="button button--small" onClick={() => onChange({ ...value, proposition })}>
                    {proposition}
                  </button>
                ))}
            </div>
          ) : null}
          <div role="radiogroup" aria-label="Polarity" className="radio-row">
            {(["affirmed", "denied"] as const).map((polarity) => (
              <label key={polarity}>
                <input type="radio" name="polarity" checked={value.polarity === polarity} onChange={() => onChange({ ...value, polarity })} /> {polarityLabels[polarity]}
              </label>
            ))}
          </div>
        </fieldset>
      );
    case "entity":
      return (
        <EntityPicker
          projectId={projectId}
          label="Value (entity)"
          value={value.entityId ? { id: value.entityId, name: entityName ?? value.text ?? "" } : null}
          onChange={(entity) => {
            onEntityName(entity?.name ?? "");
            onChange({ ...value, entityId: entity?.id ?? "" });
          }}
          error={errors["value.entityId"]}
        />
      );
    case "text":
      return (
        <label className="field">
          <span>Value (free text, compared only by hand)</span>
          <textarea rows={2} value={value.text} onChange={(e) => onChange({ ...value, text: e.target.value })} aria-invalid={errors["value.text"] ? true : undefined} />
          {errors["value.text"] ? <span className="field-error">{errors["value.text"]}</span> : null}
        </label>
      );
  }
}

function QuantityEditor({ value, onChange, errors }: { value: QuantityValue; onChange: (v: ClaimValue) => void; errors: Errors }) {
  const showMax = value.kind !== "exact" && value.kind !== "at_least";
  const showMin = value.kind !== "at_most";
  return (
    <fieldset className="fieldset">
      <legend>Quantity</legend>
      <div className="form-row">
        <label className="field">
          <span>Kind</span>
          <select
            value={value.kind}
            onChange={(e) => {
              const kind = e.target.value as QuantityValue["kind"];
              const max = kind === "exact" ? value.min : kind === "at_least" ? null : value.max;
              onChange({ ...value, kind, max });
            }}
          >
            {QUANTITY_KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        {showMin ? (
          <label className="field">
            <span>{value.kind === "exact" ? "Number" : "Lower bound"}</span>
            <input
              type="number"
              min={0}
              inputMode="numeric"
              value={value.min ?? ""}
              onChange={(e) => {
                const min = numberOrNull(e.target.value);
                onChange({ ...value, min, max: value.kind === "exact" ? min : value.max });
              }}
            />
          </label>
        ) : null}
        {showMax ? (
          <label className="field">
            <span>Upper bound {value.kind === "range" ? "(empty = open)" : ""}</span>
            <input type="number" min={0} inputMode="numeric" value={value.max ?? ""} onChange={(e) => onChange({ ...value, max: numberOrNull(e.target.value) })} />
          </label>
        ) : null}
        <label className="field">
          <span>Category</span>
          <select
            value={value.category ?? ""}
            onChange={(e) => onChange({ ...value, category: (e.target.value || undefined) as QuantityValue["category"] })}
          >
            <option value="">—</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {c.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        </label>
      </div>
      {errors["value.min"] || errors["value.max"] || errors.value ? (
        <p className="field-error">{errors["value.min"] ?? errors["value.max"] ?? errors.value}</p>
      ) : null}
      {value.text ? <p className="muted">From the words “{value.text}”.</p> : null}
    </fieldset>
  );
}

function DateEditor({ value, onChange, errors }: { value: DateValue; onChange: (v: ClaimValue) => void; errors: Errors }) {
  return (
    <fieldset className="fieldset">
      <legend>Date or date range</legend>
      <div className="form-row">
        <label className="field">
          <span>From</span>
          <input type="date" value={value.start} onChange={(e) => onChange({ ...value, start: e.target.value, end: value.end || e.target.value })} />
        </label>
        <label className="field">
          <span>To</span>
          <input type="date" value={value.end} onChange={(e) => onChange({ ...value, end: e.target.value })} />
        </label>
        <label className="field">
          <span>Precision</span>
          <select value={value.precision} onChange={(e) => onChange({ ...value, precision: e.target.value as DateValue["precision"] })}>
            <option value="day">Day</option>
            <option value="month">Month</option>
            <option value="year">Year</option>
          </select>
        </label>
      </div>
      {errors["value.start"] || errors["value.end"] ? <p className="field-error">{errors["value.start"] ?? errors["value.end"]}</p> : null}
    </fieldset>
  );
}
