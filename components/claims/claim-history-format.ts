import { claimActionLabels, type ClaimAuditAction } from "@/lib/audit/audit-events";
import { describeClaimValue } from "@/lib/claims/describe-claim-value";
import { claimValueSchema } from "@/lib/claims/value";
import { credibilityMeaning } from "@/lib/estimates/rule";
import { describeCredibility } from "@/lib/grading/grade-words";
import { decisionLabels, describeQualifiers, hedgingLabels, polarityLabels } from "@/lib/claims/labels";
import { rankLabels } from "@/components/conflicts/conflict-labels";
import { statusLabels } from "@/components/source-workspace/highlight-model";

export interface FieldChange {
  field: string;
  label: string;
  /** Null when the event has no earlier state (a creation) or no later one (a withdrawal). */
  before: string | null;
  after: string | null;
}

const fieldLabels: Record<string, string> = {
  subject: "Subject",
  property: "Property",
  value: "Value",
  qualifiers: "Qualifiers",
  hedging: "Hedging",
  status: "Status",
  rank: "Rank",
  decision: "Decision",
  reason: "Reason",
  note: "Note",
  credibility: "Credibility",
  derivedFromId: "Derived from claim",
  attribution: "Attribution",
  evidence: "Evidence",
  vagueQuantities: "Vague amounts",
};

/** Stored enum values in words, for the fields that hold one. */
const valueWords: Record<string, Record<string, string>> = {
  status: statusLabels,
  decision: decisionLabels,
  hedging: hedgingLabels,
  rank: rankLabels,
  polarity: polarityLabels,
};

// The version moves on every write, so listing it would only repeat that a change happened.
const IGNORED_FIELDS = new Set(["version"]);


/** "claim.update" → "Edited": every kind of claim event has its name; an unknown one (from a later version) is worded. */
export function actionLabel(action: string): string {
  if (action in claimActionLabels) return claimActionLabels[action as ClaimAuditAction];
  const words = (action.split(".").pop() ?? action).replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A project's vague-amount lexicon, "dozens 12–99; many: no figure"; none stored means the parser's default. */
function describeVagueQuantities(value: unknown): string {
  if (value === null || value === undefined) return "the default (ACLED)";
  if (!Array.isArray(value)) return JSON.stringify(value);
  if (value.length === 0) return "none";
  return value
    .map((entry) => {
      if (!isRecord(entry)) return JSON.stringify(entry);
      if (entry.min === null && entry.max === null) return `${String(entry.words)}: no figure`;
      const about = entry.kind === "approximately" ? "about " : "";
      return `${String(entry.words)} ${about}${String(entry.min ?? "?")}–${String(entry.max ?? "?")}`;
    })
    .join("; ");
}

/** One audited field in words; the snapshot shapes come from claimSnapshot in the data layer. */
function describeField(field: string, value: unknown): string {
  if (field === "vagueQuantities") return describeVagueQuantities(value);
  if (value === null || value === undefined || value === "") return "none";
  if (field === "value") {
    const parsed = claimValueSchema.safeParse(value);
    if (parsed.success) return describeClaimValue(parsed.data);
  }
  if (field === "credibility" && typeof value === "number" && value in credibilityMeaning) return describeCredibility(value);
  if (field === "qualifiers" && isRecord(value)) return describeQualifiers(value) || "none";
  const words = valueWords[field]?.[String(value)];
  if (words) return words;
  if (field === "attribution" && Array.isArray(value)) {
    return value.length ? value.map((link) => (isRecord(link) ? String(link.party ?? "?") : String(link))).join(" → ") : "none";
  }
  if (field === "evidence" && Array.isArray(value)) {
    return value.length ? value.map((span) => (isRecord(span) ? `“${String(span.exact ?? "")}”` : String(span))).join("; ") : "none";
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/**
 * The fields an audit event changed, in words. A creation lists what was set,
 * a withdrawal what was removed, an edit only what differs.
 */
export function describeChanges(before: unknown, after: unknown): FieldChange[] {
  const previous = isRecord(before) ? before : null;
  const next = isRecord(after) ? after : null;
  // Stored JSON loses key order, so fields are listed in reading order: known ones first, others after.
  const order = Object.keys(fieldLabels);
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const fields = [...new Set([...Object.keys(previous ?? {}), ...Object.keys(next ?? {})])]
    .filter((f) => !IGNORED_FIELDS.has(f))
    .sort((a, b) => rank(a) - rank(b));
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (previous && next && JSON.stringify(previous[field]) === JSON.stringify(next[field])) continue;
    const from = previous ? describeField(field, previous[field]) : null;
    const to = next ? describeField(field, next[field]) : null;
    // An event written before a field existed lacks it where a later one has it empty.
    if (from === to) continue;
    // A creation or withdrawal need not mention fields it left empty.
    if ((from === null && to === "none") || (to === null && from === "none")) continue;
    changes.push({ field, label: fieldLabels[field] ?? field, before: from, after: to });
  }
  return changes;
}
