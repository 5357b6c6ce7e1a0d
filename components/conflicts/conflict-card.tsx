import { formatTimestamp } from "@/lib/format/timestamp";
import { attributionName } from "@/lib/conflicts/attribution-name";
import type { ConflictView } from "@/lib/server/conflicts/conflict-view";
import { ConflictClaim } from "./conflict-claim";
import { ConflictNotes } from "./conflict-notes";
import { conflictStatusLabels, kindLabels } from "./conflict-labels";
import { ReopenForm } from "./reopen-form";
import { ResolutionForm } from "./resolution-form";

/** Who changed the status last, when and why, in one sentence. */
export function statusLine(conflict: ConflictView): string | null {
  if (conflict.status === "open") return conflict.statusNote;
  if (conflict.isClosedAutomatically) return `Closed automatically${conflict.resolvedAt ? ` on ${formatTimestamp(conflict.resolvedAt)}` : ""}. ${conflict.statusNote ?? ""}`;
  const who = conflict.resolvedBy ? ` by ${conflict.resolvedBy.name}` : "";
  const when = conflict.resolvedAt ? ` on ${formatTimestamp(conflict.resolvedAt)}` : "";
  return `${conflictStatusLabels[conflict.status]}${who}${when}: ${conflict.resolutionReason ?? ""}`;
}

/**
 * One conflict on the board: kind, status, the plain-language explanation,
 * the person's rationale for a manual flag, its claims side by side, and the
 * decision forms for those who may decide.
 */
export function ConflictCard({ conflict, slug, canResolve }: { conflict: ConflictView; slug: string; canResolve: boolean }) {
  const titleId = `conflict-${conflict.id}-title`;
  const isDecided = conflict.status === "resolved" && !conflict.isClosedAutomatically;
  return (
    <article id={`conflict-${conflict.id}`} className={`card conflict-card conflict-card--${conflict.status}`} aria-labelledby={titleId} data-testid="conflict-card">
      <header className="conflict-card__header">
        <h2 id={titleId} className="conflict-card__title">
          {kindLabels[conflict.kind]} <span className={`badge${conflict.status === "open" ? " badge--conflict" : ""}`}>{conflictStatusLabels[conflict.status]}</span>
        </h2>
        <span className="muted conflict-card__meta">
          {conflict.isManual && conflict.createdBy ? `Flagged by ${conflict.createdBy.name}` : "Detected automatically"} · {formatTimestamp(conflict.createdAt)}
        </span>
      </header>
      <ConflictNotes conflict={conflict} />
      <ul className="conflict-card__claims" aria-label="Claims in this conflict">
        {conflict.members.map((member) => (
          <ConflictClaim key={member.claim.id} member={member} slug={slug} isDecided={isDecided} />
        ))}
      </ul>
      {canResolve && conflict.status === "open" ? (
        <ResolutionForm
          target={{ conflictId: conflict.id }}
          claims={conflict.members.map(({ claim }) => ({ id: claim.id, label: `${attributionName(claim.attribution)}: ${claim.valueText}` }))}
        />
      ) : null}
      {canResolve && conflict.status !== "open" && !conflict.isClosedAutomatically ? <ReopenForm conflictId={conflict.id} /> : null}
    </article>
  );
}
