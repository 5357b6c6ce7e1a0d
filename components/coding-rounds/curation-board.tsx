"use client";

import { useState } from "react";
import { ShortcutHints } from "@/components/review/shortcut-hints";
import { FormError } from "@/components/ui/form-error";
import { useActiveItem } from "@/components/ui/use-active-item";
import { useShortcutKeys } from "@/components/ui/use-shortcut-keys";
import { curateUnitRoute, getCurationUnitsRoute } from "@/lib/api/contract/curation";
import type { BodyOf } from "@/lib/api/define-route";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { curationCommandForKey, curationShortcuts, decisionSentence, type CurationCommand } from "@/lib/curation/curation-shortcuts";
import type { CurationUnitView } from "@/lib/curation/curation-schema";
import { CurationUnit, unitLabel } from "./curation-unit";
import { CurationWriteForm } from "./curation-write-form";

type Choice = Omit<BodyOf<typeof curateUnitRoute>, "unitKey">;

/**
 * The units of a closed round side by side, curated from the keyboard like
 * the review queue: j / k move between units, 1–9 accept that coder's claim
 * in the active unit, w writes one's own. Each decision is announced in the
 * status line, and the board reloads the units so every mark is the server's.
 */
export function CurationBoard({ slug, projectId, roundId, initialUnits }: { slug: string; projectId: string; roundId: string; initialUnits: CurationUnitView[] }) {
  const [units, setUnits] = useState(initialUnits);
  const { activeIndex, setActiveIndex, moveTo, moveOnFrom, commandIndex, itemRef, focusItem } = useActiveItem(units.length);
  const [writingIndex, setWritingIndex] = useState<number | null>(null);
  const [pendingKey, setPendingKey] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function decide(index: number, choice: Choice) {
    const unit = units[index];
    if (!unit || pendingKey) return;
    if (unit.decision) {
      setAnnouncement(`${unitLabel(unit)} is decided already: ${decisionSentence(unit.decision)}.`);
      return;
    }
    setPendingKey(unit.key);
    setError(null);
    try {
      const { decision } = await callApi(curateUnitRoute, { params: { roundId }, body: { unitKey: unit.key, ...choice } });
      setUnits((await callApi(getCurationUnitsRoute, { params: { roundId } })).units);
      setWritingIndex(null);
      setAnnouncement(`${unitLabel(unit)}: ${decisionSentence(decision)}.`);
      moveOnFrom(index);
    } catch (caught) {
      setError(caught instanceof ApiRequestError ? caught.message : "The decision could not be saved. Try again.");
    } finally {
      setPendingKey(null);
    }
  }

  function accept(index: number, coderIndex: number) {
    const coding = units[index]?.codings[coderIndex];
    if (!coding) setAnnouncement(`This round has no coder ${coderIndex + 1}.`);
    else if (!coding.claim) setAnnouncement(`${coding.coder.name} did not code ${unitLabel(units[index]!)}.`);
    else void decide(index, { claimId: coding.claim.id });
  }

  function write(index: number) {
    const unit = units[index];
    if (unit?.decision) setAnnouncement(`${unitLabel(unit)} is decided already: ${decisionSentence(unit.decision)}.`);
    else if (unit) setWritingIndex(index);
  }

  function runCommand(command: CurationCommand) {
    const index = commandIndex();
    if (command.kind === "next") moveTo(index + 1);
    else if (command.kind === "previous") moveTo(index - 1);
    else if (command.kind === "accept") accept(index, command.coder - 1);
    else write(index);
  }

  const rootRef = useShortcutKeys(curationCommandForKey, runCommand, writingIndex !== null);

  const decided = units.filter((unit) => unit.decision).length;
  return (
    <div ref={rootRef} className="review-queue curation-board" data-shortcuts="loading">
      <ShortcutHints shortcuts={curationShortcuts} />
      <p className="muted">
        {decided} of {units.length} {units.length === 1 ? "unit" : "units"} curated.
      </p>
      <p role="status" className="review-queue__announcement" data-testid="curation-announcement">
        {announcement}
      </p>
      <FormError message={error} />
      <ol className="review-queue__list" aria-label="Units of the round">
        {units.map((unit, index) => (
          <li key={unit.key}>
            <CurationUnit
              ref={itemRef(index)}
              slug={slug}
              unit={unit}
              isActive={index === activeIndex}
              isPending={pendingKey === unit.key}
              onActivate={() => setActiveIndex(index)}
              onAccept={(coderIndex) => accept(index, coderIndex)}
              onWrite={() => write(index)}
            />
            {writingIndex === index ? (
              <CurationWriteForm
                projectId={projectId}
                unit={unit}
                isSaving={pendingKey === unit.key}
                onSave={(claim) => void decide(index, { claim })}
                onCancel={() => {
                  setWritingIndex(null);
                  focusItem(index);
                }}
              />
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
