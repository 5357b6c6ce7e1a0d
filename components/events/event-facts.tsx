import Link from "next/link";
import { datePrecisionLabels, formatEventDate } from "@/lib/events/event-date";
import { placePhrase } from "@/lib/events/event-place";
import type { EntityPage } from "@/lib/server/events/get-entity-page";

type EventFields = NonNullable<EntityPage["event"]>;

/** When and where the event happened and who took part, each as precisely as recorded. */
export function EventFacts({ event, slug }: { event: EventFields; slug: string }) {
  const entityHref = (id: string) => `/projects/${slug}/entities/${id}`;
  const place = event.place ? { ...event.place, ...placePhrase(event.place.precision) } : null;
  return (
    <dl className="event-facts">
      <div>
        <dt>Date</dt>
        <dd data-testid="event-date">
          {event.date ? (
            <>
              {formatEventDate(event.date)} <span className="muted">({datePrecisionLabels[event.date.precision]})</span>
            </>
          ) : (
            <span className="muted">not recorded</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Place</dt>
        <dd data-testid="event-place">
          {place ? (
            <>
              {place.before}
              <Link href={entityHref(place.id)}>{place.name}</Link>
              {place.after}
            </>
          ) : (
            <span className="muted">not recorded</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Participants</dt>
        <dd>
          {event.participants.length > 0 ? (
            <ul className="alias-list" aria-label="Participants">
              {event.participants.map((participant) => (
                <li key={participant.id} className="chip">
                  <Link href={entityHref(participant.id)}>{participant.name}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">none recorded</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
