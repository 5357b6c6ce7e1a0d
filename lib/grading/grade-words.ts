import type { ReliabilityGrade } from "@/lib/db/generated/enums";
import { credibilityMeaning, reliabilityMeaning, type CredibilityGrade } from "@/lib/estimates/rule";

/** "E (unreliable)". */
export function describeReliability(grade: ReliabilityGrade): string {
  return `${grade} (${reliabilityMeaning[grade]})`;
}

/** "3 (possibly true)". */
export function describeCredibility(grade: CredibilityGrade): string {
  return `${grade} (${credibilityMeaning[grade]})`;
}
