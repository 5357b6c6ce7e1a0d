import Link from "next/link";
import { actionLabel, describeChanges } from "@/components/claims/claim-history-format";
import { formatTimestamp } from "@/lib/format/timestamp";
import type { AuditEventView } from "@/lib/server/audit/list-audit-events";
import { TableFrame } from "@/components/ui/table-frame";

/** Pages that show an object, for the kinds of object that have one. */
function objectHref(slug: string, objectType: string, objectId: string): string | null {
  if (objectType === "Claim") return `/projects/${slug}/claims/${objectId}`;
  if (objectType === "Source") return `/projects/${slug}/sources/${objectId}`;
  return null;
}

/**
 * Audit events newest first: when, who, what was done to which object, and
 * the fields that changed. Each object links to its whole history.
 */
export function AuditLog({ slug, events, historyHref }: { slug: string; events: AuditEventView[]; historyHref: (event: AuditEventView) => string }) {
  return (
    <TableFrame>
      <table className="table audit-log" data-testid="audit-log">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Object</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const href = objectHref(slug, event.objectType, event.objectId);
            const changes = describeChanges(event.before, event.after);
            return (
              <tr key={event.id}>
                <td data-label="When">
                  <time dateTime={event.createdAt}>{formatTimestamp(event.createdAt)}</time>
                </td>
                <td data-label="Who">{event.actor?.name ?? "the system"}</td>
                <td data-label="What">
                  {actionLabel(event.action)} <span className="muted audit-log__code">{event.action}</span>
                </td>
                <td data-label="Object">
                  {href ? <Link href={href}>{event.objectType}</Link> : event.objectType}{" "}
                  <Link href={historyHref(event)} className="audit-log__history" aria-label={`History of this ${event.objectType}`}>
                    history
                  </Link>
                </td>
                <td data-label="Changes">
                  {changes.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <dl className="audit-log__changes">
                      {changes.map((change) => (
                        <div key={change.field}>
                          <dt>{change.label}</dt>
                          <dd>
                            {change.before !== null ? <del>{change.before}</del> : null}
                            {change.before !== null && change.after !== null ? " → " : null}
                            {change.after !== null ? <ins>{change.after}</ins> : null}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableFrame>
  );
}
