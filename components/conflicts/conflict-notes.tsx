import type { ConflictView } from "@/lib/server/conflicts/conflict-view";
import { statusLine } from "./conflict-card";

/** What a conflict says of itself: the explanation, a manual flag's rationale, and who decided what. */
export function ConflictNotes({ conflict }: { conflict: ConflictView }) {
  const status = statusLine(conflict);
  return (
    <>
      <p className="conflict-card__explanation">{conflict.explanation}</p>
      {conflict.rationale ? (
        <p className="conflict-card__rationale">
          <strong>Rationale:</strong> {conflict.rationale}
        </p>
      ) : null}
      {status ? <p className="conflict-card__status">{status}</p> : null}
    </>
  );
}
