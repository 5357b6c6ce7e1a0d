import { describeCredibility } from "@/lib/grading/grade-words";

const GRADES = [1, 2, 3, 4, 5, 6];

/** The claim's Admiralty credibility, 1–6, each worded with its meaning; empty: not graded. */
export function CredibilityField({ value, onChange, error }: { value: number | null; onChange: (grade: number | null) => void; error?: string }) {
  return (
    <label className="field">
      <span>Credibility</span>
      <select value={value ?? ""} onChange={(event) => onChange(event.target.value ? Number(event.target.value) : null)} aria-invalid={error ? true : undefined}>
        <option value="">Not graded</option>
        {GRADES.map((grade) => (
          <option key={grade} value={grade}>
            {describeCredibility(grade)}
          </option>
        ))}
      </select>
      {error ? <span className="field-error">{error}</span> : null}
    </label>
  );
}
