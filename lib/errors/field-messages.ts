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
