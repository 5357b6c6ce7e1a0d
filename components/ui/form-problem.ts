import { ApiRequestError } from "@/lib/client/api-fetch";
import { formProblemOf, type FormProblem } from "@/lib/errors/field-messages";

export type { FormProblem };

/** What to tell the user when a request fails: the API's own words, by field where it names one. */
export function formProblem(error: unknown): FormProblem {
  if (!(error instanceof ApiRequestError)) {
    return { message: "The server could not be reached. Check your connection and try again.", fields: {} };
  }
  return formProblemOf(error);
}
