import { ApiRequestError } from "@/lib/client/api-fetch";
import { fieldMessages } from "@/lib/errors/field-messages";

export interface FormProblem {
  message: string;
  /** Messages by field name (the API's `body.` prefix removed), shown beside each field. */
  fields: Record<string, string>;
}

/** What to tell the user when a request fails: the API's own words, by field where it names one. */
export function formProblem(error: unknown): FormProblem {
  if (!(error instanceof ApiRequestError)) {
    return { message: "The server could not be reached. Check your connection and try again.", fields: {} };
  }
  const fields = fieldMessages(error.details);
  const issues = (error.details as { fields?: { message: string }[] } | undefined)?.fields ?? [];
  const message = issues.length > 0 ? `Please correct: ${issues.map((i) => i.message).join("; ")}.` : error.message;
  return { message, fields };
}
