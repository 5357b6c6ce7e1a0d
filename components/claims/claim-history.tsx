import type { getClaim } from "@/lib/server/claims/get-claim";
import { actionLabel, describeChanges } from "./claim-history-format";
import { formatTimestamp } from "@/lib/format/timestamp";

type HistoryEvent = Awaited<ReturnType<typeof getClaim>>["history"][number];

/** The claim's audit trail, oldest first: who did what, when, and which fields changed from what to what. */
export function ClaimHistory({ history }: { history: HistoryEvent[] }) {
  if (history.length === 0) return <p className="muted">No recorded changes.</p>;
  return (
    <ol className="claim-history" data-testid="claim-history">
      {history.map((event) => {
        const changes = describeChanges(event.before, event.after);
        return (
          <li key={event.id} className="claim-history__event">
            <p className="claim-history__head">
              <strong>{actionLabel(event.action)}</strong> by {event.actor?.name ?? "the system"}{" "}
              <time dateTime={event.createdAt} className="muted">
                {formatTimestamp(event.createdAt)}
              </time>
            </p>
            {changes.length > 0 ? (
              <dl className="claim-history__changes">
                {changes.map((change) => (
                  <div key={change.field}>
                    <dt>{change.label}</dt>
                    <dd>
                      {change.before !== null && change.after !== null ? (
                        <>
                          <del>{change.before}</del> <span aria-hidden="true">→</span>
                          <span className="visually-hidden">changed to</span> <ins>{change.after}</ins>
                        </>
                      ) : (
                        (change.after ?? <del>{change.before}</del>)
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
