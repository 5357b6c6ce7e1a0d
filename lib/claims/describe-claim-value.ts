import { describeDate, describeQuantity } from "@/lib/claims/describe-value";
import type { ClaimValue } from "./value";

const categoryWords: Record<string, string> = {
  killed: "killed",
  wounded: "wounded",
  captured: "captured",
  killed_or_wounded: "killed or wounded",
  displaced: "displaced",
};

/** A value in plain words for lists, detail pages and search: "at least 60 killed", "denied: airstrikes occurred". */
export function describeClaimValue(value: ClaimValue, entityName?: string): string {
  switch (value.type) {
    case "quantity": {
      const category = value.category && categoryWords[value.category];
      return category ? `${describeQuantity(value)} ${category}` : describeQuantity(value);
    }
    case "date":
      return describeDate(value);
    case "assertion":
      return `${value.polarity === "affirmed" ? "affirmed" : "denied"}: ${value.proposition}`;
    case "entity":
      return entityName ?? value.text ?? "an entity";
    case "text":
      return value.text;
  }
}
