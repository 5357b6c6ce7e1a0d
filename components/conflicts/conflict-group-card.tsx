import { attributionName } from "@/lib/conflicts/attribution-name";
import { claimsOfGroup } from "@/lib/conflicts/board-groups";
import type { ConflictView } from "@/lib/server/conflicts/conflict-view";
import { ConflictClaim } from "./conflict-claim";
import { ConflictNotes } from "./conflict-notes";
import { conflictStatusLabels, kindLabels } from "./conflict-labels";
import { ReopenForm } from "./reopen-form";
import { ResolutionForm } from "./resolution-form";

/**
 * Conflicts that share claims, on one card: every claim once, which pairs
 * disagree and why, and one decision that ranks every claim of the group's
 * open conflicts. Decided conflicts keep their own status and reopen form.
 */
export function ConflictGroupCard({ conflicts, slug, canResolve }: { conflicts: ConflictView[]; slug: string; canResolve: boolean }) {
  const [first] = conflicts;
  const members = claimsOfGroup(conflicts);
  const open = conflicts.filter((conflict) => conflict.status === "open");
  const openClaims = claimsOfGroup(open);
  const titleId = `conflict-group-${first!.id}-title`;
  const subject = first!.members[0]?.claim;
  return (
    <article className={`card conflict-card conflict-group conflict-card--${open.length > 0 ? "open" : "resolved"}`} aria-labelledby={titleId} data-testid="conflict-group">
      <header className="conflict-card__header">
        <h2 id={titleId} className="conflict-card__title">
          {subject ? `${subject.subject.name} · ${subject.property.label}` : "Conflicts"}{" "}
          <span className={`badge${open.length > 0 ? " badge--conflict" : ""}`}>{open.length > 0 ? `${open.length} open` : "Decided"}</span>
        </h2>
        <span className="muted conflict-card__meta">
          {members.length} claims · {conflicts.length} disagreements
        </span>
      </header>
      <ul className="conflict-card__claims" aria-label="Claims in this group">
        {members.map((member) => (
          <ConflictClaim key={member.claim.id} member={member} slug={slug} isDecided={open.length === 0} />
        ))}
      </ul>
      <h3 className="conflict-group__pairs-title">Which claims disagree</h3>
      <ol className="conflict-group__pairs">
        {conflicts.map((conflict) => {
          return (
            <li key={conflict.id} id={`conflict-${conflict.id}`} data-testid="conflict-card" className={`conflict-group__pair conflict-card--${conflict.status}`}>
              <p>
                <strong>{conflict.members.map(({ claim }) => `${attributionName(claim.attribution)} (${claim.valueText})`).join(" vs ")}</strong>{" "}
                <span className="muted">{kindLabels[conflict.kind]}</span>{" "}
                <span className={`badge${conflict.status === "open" ? " badge--conflict" : ""}`}>{conflictStatusLabels[conflict.status]}</span>
              </p>
              <ConflictNotes conflict={conflict} />
              {canResolve && conflict.status !== "open" && !conflict.isClosedAutomatically ? <ReopenForm conflictId={conflict.id} /> : null}
            </li>
          );
        })}
      </ol>
      {canResolve && open.length > 0 ? (
        <ResolutionForm
          target={{ conflictIds: open.map((conflict) => conflict.id) }}
          claims={openClaims.map(({ claim }) => ({ id: claim.id, label: `${attributionName(claim.attribution)}: ${claim.valueText}` }))}
        />
      ) : null}
    </article>
  );
}
