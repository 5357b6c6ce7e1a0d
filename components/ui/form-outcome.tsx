export interface Outcome {
  kind: "error" | "success";
  text: string;
}

/** The result of a submitted form: an error is an alert, a success a polite status. */
export function FormOutcome({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null;
  const isError = outcome.kind === "error";
  return (
    <p role={isError ? "alert" : "status"} className={isError ? "form-error" : "form-success"}>
      {outcome.text}
    </p>
  );
}
