import Link from "next/link";
import type { ReactNode } from "react";
import { ProjectBreadcrumbs } from "@/components/projects/project-breadcrumbs";
import { EventClaimTimeline } from "@/components/events/event-claim-timeline";
import { EventEstimates } from "@/components/events/event-estimates";
import { EventFacts } from "@/components/events/event-facts";
import { RelatedEvents } from "@/components/events/related-events";
import type { EntityPage } from "@/lib/server/events/get-entity-page";
import { entityKindLabels } from "./entity-kinds";

/**
 * One entity: its names, and what links it to events. An event shows when,
 * where and who, its estimates, and its claims over time.
 */
export function EntityDetail({ project, page, eventEditor }: { project: { slug: string; name: string }; page: EntityPage; eventEditor?: ReactNode }) {
  const { entity, event, estimates, timeline } = page;
  const slug = project.slug;
  const claims = new Map(timeline.flatMap((group) => group.entries.map(({ claim }) => [claim.id, claim] as const)));
  return (
    <article className="stack entity-detail" aria-labelledby="entity-title">
      <header className="page-header">
        <ProjectBreadcrumbs project={project} trail={[{ href: `/projects/${slug}/entities`, label: "Entities" }]} />
        <p className="eyebrow">{entityKindLabels[entity.kind]}</p>
        <h1 id="entity-title">{entity.name}</h1>
        {entity.aliases.length > 0 ? <p className="muted">Also called {entity.aliases.join(", ")}</p> : null}
        {entity.description ? <p>{entity.description}</p> : null}
        {entity.mergedInto ? (
          <p role="note" className="form-notice">
            Merged into <Link href={`/projects/${slug}/entities/${entity.mergedInto.id}`}>{entity.mergedInto.name}</Link>; its claims are there now.
          </p>
        ) : null}
        <p>
          <Link href={`/projects/${slug}/claims?entityId=${encodeURIComponent(entity.id)}`}>Every claim that names {entity.name}</Link>
        </p>
      </header>

      {event ? (
        <>
          <section aria-labelledby="event-facts-title" className="card">
            <h2 id="event-facts-title">When, where and who</h2>
            <EventFacts event={event} slug={slug} />
            {eventEditor}
          </section>
          <section aria-labelledby="event-estimates-title">
            <h2 id="event-estimates-title">Estimates</h2>
            <p className="muted">From the approved claims about this event, under the project&apos;s rule; claims with one origin count as one source.</p>
            <EventEstimates estimates={estimates} claims={claims} slug={slug} />
          </section>
          <section aria-labelledby="event-timeline-title">
            <h2 id="event-timeline-title">Claims over time</h2>
            <p className="muted">Each property&apos;s claims in the order their sources reported them.</p>
            <EventClaimTimeline timeline={timeline} slug={slug} />
          </section>
        </>
      ) : (
        <>
          <RelatedEvents title="Takes part in" events={page.takesPartIn} slug={slug} empty="No event lists it as a participant." />
          {entity.kind === "place" ? <RelatedEvents title="Events here" events={page.eventsHere} slug={slug} empty="No event is recorded here." /> : null}
        </>
      )}
    </article>
  );
}
