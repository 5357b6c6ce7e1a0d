import Link from "next/link";

/** Events linked to a non-event entity — the ones it took part in, or the ones that happened there. */
export function RelatedEvents({ title, events, slug, empty }: { title: string; events: { id: string; name: string }[]; slug: string; empty: string }) {
  const titleId = `related-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {events.length > 0 ? (
        <ul className="alias-list">
          {events.map((event) => (
            <li key={event.id} className="chip">
              <Link href={`/projects/${slug}/entities/${event.id}`}>{event.name}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{empty}</p>
      )}
    </section>
  );
}
