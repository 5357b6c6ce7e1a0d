"use client";

import type { Ref } from "react";
import { EvidenceQuote } from "@/components/claims/evidence-quote";
import { decisionSentence, MAX_CODER_KEYS } from "@/lib/curation/curation-shortcuts";
import type { CurationUnitView } from "@/lib/curation/curation-schema";

/** "MSA and JNIM forces · Casualties". */
export function unitLabel(unit: CurationUnitView): string {
  return `${unit.subject.name} · ${unit.property.label}`;
}

const curationLabels = { curated: "Curated", curated_away: "Curated away" } as const;

/**
 * One unit of the round: what it is about, a column per coder with the claim
 * that counts (value and evidence in context), and the decision once made.
 */
export function CurationUnit({
  ref,
  slug,
  unit,
  isActive,
  isPending,
  onActivate,
  onAccept,
  onWrite,
}: {
  ref: Ref<HTMLElement>;
  slug: string;
  unit: CurationUnitView;
  isActive: boolean;
  isPending: boolean;
  onActivate: () => void;
  onAccept: (coderIndex: number) => void;
  onWrite: () => void;
}) {
  const label = unitLabel(unit);
  const qualifiers = Object.entries(unit.qualifiers).map(([key, value]) => `${key}: ${value}`);
  const isOpen = unit.decision === null && !isPending;
  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={`queue-item curation-unit${isActive ? " queue-item--active" : ""}`}
      aria-label={label}
      aria-current={isActive ? "true" : undefined}
      data-testid="curation-unit"
      onFocus={onActivate}
      onClick={onActivate}
    >
      <header className="queue-item__head">
        <h2 className="queue-item__title">{label}</h2>
        <span className="muted">
          {[...qualifiers, unit.proposition ? `“${unit.proposition}”` : null, `per ${unit.origin.label}`].filter(Boolean).join(" · ")}
        </span>
      </header>
      <div className="curation-unit__codings">
        {unit.codings.map((coding, index) => (
          <section key={coding.coder.id} className="queue-item__cell curation-unit__coding" aria-label={`${coding.coder.name}'s coding`}>
            <h3>
              {index + 1}. {coding.coder.name}
            </h3>
            {coding.claim ? (
              <>
                <p className="queue-item__value">{coding.claim.valueText}</p>
                {coding.claim.evidence.map((evidence) => (
                  <EvidenceQuote key={evidence.annotationId} evidence={evidence} slug={slug} />
                ))}
                {coding.superseded.length > 0 ? (
                  <p className="muted">Replaced their earlier {coding.superseded.map((claim) => claim.valueText).join("; ")}</p>
                ) : null}
                {coding.claim.curation ? <p className="curation-unit__mark">{curationLabels[coding.claim.curation]}</p> : null}
                {isOpen ? (
                  <button
                    type="button"
                    className="button button--small"
                    aria-keyshortcuts={index < MAX_CODER_KEYS ? String(index + 1) : undefined}
                    onClick={() => onAccept(index)}
                  >
                    Accept {coding.coder.name}&apos;s claim
                  </button>
                ) : null}
              </>
            ) : (
              <p className="muted">Not coded</p>
            )}
          </section>
        ))}
      </div>
      {unit.decision ? (
        <p className="curation-unit__decision" data-testid="curation-decision">
          {decisionSentence(unit.decision)}
          {unit.decision.kind === "written" ? `: ${unit.decision.claim.valueText}` : ""} · {unit.decision.claim.status.replace("_", " ")}
        </p>
      ) : isPending ? (
        <p className="muted">Saving…</p>
      ) : (
        <button type="button" className="button button--small" aria-keyshortcuts="W" onClick={onWrite}>
          Write my own…
        </button>
      )}
    </article>
  );
}
