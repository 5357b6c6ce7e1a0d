/**
 * An error's field issues by field name, first message each, with the
 * boundary's `body.` or `input.` prefix removed: what a form shows beside
 * each field.
 */
export function fieldMessages(details: unknown): Record<string, string> {
  const issues = (details as { fields?: { path: string; message: string }[] } | undefined)?.fields ?? [];
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const name = issue.path.replace(/^(body|input)\./, "").split(".")[0] ?? issue.path;
    fields[name] ??= issue.message;
  }
  return fields;
}

export interface FormProblem {
  message: string;
  /** Messages by field name, shown beside each field. */
  fields: Record<string, string>;
}

/** What a form tells the user about a refused request: each field's own words, and their sum for the alert. */
export function formProblemOf(error: { message: string; details?: unknown }): FormProblem {
  const fields = fieldMessages(error.details);
  const messages = Object.values(fields);
  return { message: messages.length > 0 ? `Please correct: ${messages.join("; ")}.` : error.message, fields };
}
