import Link from "next/link";
import { formatTimestamp } from "@/lib/format/timestamp";
import type { SourceRounds } from "@/lib/server/coding-rounds/source-rounds";
import { RoundOpenForm } from "./round-open-form";
import { RoundOpenStatus } from "./round-open-status";
import { RoundReport } from "./round-report";

/**
 * The coding rounds of a source (issue 19), on its page: the open round and
 * who is done, the form an owner opens one with, the agreement report of a
 * closed round, and the earlier rounds with links to their reports.
 */
export function RoundPanel({ data, slug, sourceId, viewerId }: { data: SourceRounds; slug: string; sourceId: string; viewerId: string }) {
  const open = data.rounds.find((round) => round.status === "open");
  const closed = data.rounds.filter((round) => round.status === "closed");
  if (!open && closed.length === 0 && !data.canManage) return null;
  const pagePath = `/projects/${slug}/sources/${sourceId}`;
  return (
    <section className="coding-round stack" aria-labelledby="coding-rounds-title">
      <h2 id="coding-rounds-title">Coding rounds</h2>
      <div className="stack">
        {open ? <RoundOpenStatus round={open} viewerId={viewerId} canManage={data.canManage} /> : null}
        {!open && data.canManage ? <RoundOpenForm sourceId={sourceId} coderChoices={data.coderChoices} /> : null}
        {data.report ? <RoundReport report={data.report} slug={slug} canCurate={data.canCurate} /> : null}
        {closed.length > 0 ? (
          <section aria-labelledby="earlier-rounds" className="stack">
            <h3 id="earlier-rounds">Closed rounds</h3>
            <ul aria-labelledby="earlier-rounds">
              {closed.map((round) => (
                <li key={round.id}>
                  Opened {formatTimestamp(round.createdAt)}, {round.isBlind ? "blind" : "not blind"}, closed {round.closedAt ? formatTimestamp(round.closedAt) : ""}
                  {" · "}
                  {data.report?.round.id === round.id ? (
                    <span aria-current="true">report shown above</span>
                  ) : (
                    <Link href={`${pagePath}?round=${round.id}`}>its agreement report</Link>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </section>
  );
}
