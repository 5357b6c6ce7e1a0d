import { hedgingLabels, polarityLabels, qualifierLabels, qualifierValueLabel } from "@/lib/claims/labels";
import type { ClaimValue as TypedValue } from "@/lib/claims/value";

const quantityKindLabels: Record<string, string> = {
  exact: "Exact",
  at_least: "At least",
  at_most: "At most",
  approximately: "Approximately",
  range: "Range",
  vague: "Vague",
};

const categoryLabels: Record<string, string> = {
  killed: "Killed",
  wounded: "Wounded",
  captured: "Captured",
  killed_or_wounded: "Killed or wounded",
  displaced: "Displaced",
  other: "Other",
};


/** The fields of a typed value, so a reader sees the interval or polarity behind the words. */
function typedFields(value: TypedValue): [string, string][] {
  switch (value.type) {
    case "quantity":
      return [
        ["Kind", quantityKindLabels[value.kind] ?? value.kind],
        ["Lower bound", value.min === null ? "unknown" : String(value.min)],
        ["Upper bound", value.max === null ? "open" : String(value.max)],
        ...(value.category ? [["Category", categoryLabels[value.category] ?? value.category] as [string, string]] : []),
      ];
    case "date":
      return [
        ["From", value.start],
        ["To", value.end],
        ["Precision", value.precision],
      ];
    case "assertion":
      return [
        ["Proposition", value.proposition],
        ["Polarity", polarityLabels[value.polarity]],
      ];
    case "entity":
    case "text":
      return [];
  }
}

/** A claim's value in words, its typed fields, the words it was read from, qualifiers and hedging. */
export function ClaimValue({
  value,
  valueText,
  qualifiers,
  hedging,
}: {
  value: TypedValue;
  valueText: string;
  qualifiers: Record<string, string>;
  hedging: string | null;
}) {
  const readFrom = value.type !== "text" ? value.text : undefined;
  const qualifierEntries = Object.entries(qualifiers).filter(([, text]) => Boolean(text));
  return (
    <div className="claim-value">
      <p className="claim-value__text" data-testid="claim-value">
        {valueText}
      </p>
      <dl className="claim-value__fields">
        <div>
          <dt>Type</dt>
          <dd>{value.type}</dd>
        </div>
        {typedFields(value).map(([label, text]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{text}</dd>
          </div>
        ))}
        {readFrom ? (
          <div>
            <dt>Read from</dt>
            <dd>“{readFrom}”</dd>
          </div>
        ) : null}
        {qualifierEntries.map(([key, text]) => (
          <div key={key}>
            <dt>{qualifierLabels[key as keyof typeof qualifierLabels] ?? key}</dt>
            <dd>{qualifierValueLabel(key, text)}</dd>
          </div>
        ))}
        <div>
          <dt>Hedging</dt>
          <dd>{hedging ? (hedgingLabels[hedging as keyof typeof hedgingLabels] ?? hedging) : "none"}</dd>
        </div>
      </dl>
    </div>
  );
}
