import type { ValueType } from "@/lib/db/generated/enums";
import { valueTypeLabels } from "@/lib/vocabulary/property-input";

const VALUE_TYPES = Object.keys(valueTypeLabels) as ValueType[];

export interface PropertyFieldValues {
  label: string;
  valueType: ValueType;
  isSingleValued: boolean;
  description: string;
}

/** The fields a property is defined by, shared by the add and edit forms. */
export function PropertyFields({
  values,
  errors,
  isValueTypeLocked = false,
}: {
  values: PropertyFieldValues;
  errors: Record<string, string>;
  /** A property in use keeps its value type: its claims' values must keep fitting. */
  isValueTypeLocked?: boolean;
}) {
  return (
    <>
      <label className="field">
        <span>Label</span>
        <input name="label" required maxLength={120} defaultValue={values.label} aria-invalid={errors.label ? true : undefined} />
        {errors.label ? <span className="field-error">{errors.label}</span> : null}
      </label>
      <label className="field">
        <span>Value type</span>
        <select name="valueType" defaultValue={values.valueType} disabled={isValueTypeLocked} aria-describedby={isValueTypeLocked ? "value-type-locked" : undefined}>
          {VALUE_TYPES.map((type) => (
            <option key={type} value={type}>
              {valueTypeLabels[type]}
            </option>
          ))}
        </select>
        {isValueTypeLocked ? (
          <span id="value-type-locked" className="muted">
            Claims use this property, so its value type stays.
          </span>
        ) : null}
        {errors.valueType ? <span className="field-error">{errors.valueType}</span> : null}
      </label>
      <label className="field field--checkbox">
        <input name="isSingleValued" type="checkbox" defaultChecked={values.isSingleValued} />
        <span>One value at a time (two different values contradict each other)</span>
      </label>
      <label className="field">
        <span>Description</span>
        <input name="description" maxLength={1000} defaultValue={values.description} />
      </label>
    </>
  );
}

export function readPropertyFields(form: FormData): Partial<PropertyFieldValues> {
  const valueType = form.get("valueType");
  return {
    label: String(form.get("label") ?? ""),
    ...(typeof valueType === "string" ? { valueType: valueType as ValueType } : {}),
    isSingleValued: form.get("isSingleValued") === "on",
    description: String(form.get("description") ?? ""),
  };
}
