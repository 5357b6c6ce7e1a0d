import type { ReliabilityGrade } from "@/lib/db/generated/enums";
import { reliabilityGradeSchema } from "@/lib/estimates/rule";
import { describeReliability } from "@/lib/grading/grade-words";

/** A form field for a source's Admiralty reliability, A–F with meanings; empty: not graded. */
export function ReliabilitySelect({ name, defaultValue }: { name: string; defaultValue: ReliabilityGrade | null }) {
  return (
    <label className="field">
      <span>Reliability</span>
      <select name={name} defaultValue={defaultValue ?? ""}>
        <option value="">Not graded</option>
        {reliabilityGradeSchema.options.map((grade) => (
          <option key={grade} value={grade}>
            {describeReliability(grade)}
          </option>
        ))}
      </select>
    </label>
  );
}
