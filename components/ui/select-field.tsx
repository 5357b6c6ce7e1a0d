export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A labelled select for GET filter forms. With `anyLabel` an empty first
 * option means "any"; with `multiple` several values may be chosen.
 */
export function SelectField({
  label,
  name,
  options,
  defaultValue,
  anyLabel,
  multiple = false,
}: {
  label: string;
  name: string;
  options: SelectOption[];
  defaultValue?: string | string[];
  anyLabel?: string;
  multiple?: boolean;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select
        name={name}
        defaultValue={defaultValue ?? (multiple ? [] : "")}
        multiple={multiple}
        size={multiple ? Math.min(6, Math.max(2, options.length)) : undefined}
      >
        {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
