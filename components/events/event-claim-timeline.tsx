import Link from "next/link";
import { AttributionChain } from "@/components/claims/attribution-chain";
import { conflictHref, conflictStatusLabels, kindLabels, rankLabels } from "@/components/conflicts/conflict-labels";
import { statusLabels } from "@/components/source-workspace/highlight-model";
import { describeQualifiers } from "@/lib/claims/labels";
import { formatEventDate } from "@/lib/events/event-date";
import type { EntityPage } from "@/lib/server/events/get-entity-page";

type TimelineGroup = EntityPage["timeline"][number];

/**
 * The event's claims per property, in the order their sources reported them:
 * the day the document was published, or, marked as such, the day the claim
 * was recorded. Each with its value, attribution chain, review status and conflicts.
 */
export function EventClaimTimeline({ timeline, slug }: { timeline: TimelineGroup[]; slug: string }) {
  if (timeline.length === 0) return <p className="muted">No claims about this event yet.</p>;
  return timeline.map(({ property, entries }) => {
    const titleId = `timeline-${property.id}`;
    return (
      <section key={property.id} aria-labelledby={titleId} className="event-timeline">
        <h3 id={titleId}>
          {property.label} ({entries.length})
        </h3>
        <ol className="event-timeline__entries">
          {entries.map(({ claim, reportedAt }) => {
            const qualifiers = describeQualifiers(claim.qualifiers);
            return (
              <li key={claim.id} className="event-timeline__entry" data-testid="timeline-entry">
                <p className="event-timeline__when">
                  <time dateTime={reportedAt.day}>{formatEventDate({ precision: "day", start: reportedAt.day, end: reportedAt.day })}</time>
                  {reportedAt.isPublicationDate ? null : <span className="muted"> · recorded on this day; the source has no publication date</span>}
                </p>
                <p className="event-timeline__value">
                  <Link href={`/projects/${slug}/claims/${claim.id}`}>{claim.valueText}</Link>
                  {qualifiers ? <span className="muted"> · {qualifiers}</span> : null}{" "}
                  <span className={`badge badge--${claim.status}`}>{statusLabels[claim.status]}</span>
                  {claim.rank !== "normal" ? <span className={`badge badge--rank-${claim.rank}`}> {rankLabels[claim.rank]}</span> : null}
                </p>
                <AttributionChain claim={claim} slug={slug} />
                {claim.conflicts.length > 0 ? (
                  <ul className="event-timeline__conflicts" aria-label="Conflicts of this claim">
                    {claim.conflicts.map((conflict) => (
                      <li key={conflict.id}>
                        <Link href={conflictHref(slug, conflict.id)} className={conflict.status === "open" ? "event-timeline__conflict--open" : undefined}>
                          {kindLabels[conflict.kind]}, {conflictStatusLabels[conflict.status].toLowerCase()}
                        </Link>
                        <span className="muted"> — {conflict.explanation}</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
    );
  });
}
