"use client";

import { FormError } from "@/components/ui/form-error";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { formProblem } from "@/components/ui/form-problem";
import { callApi } from "@/lib/client/api-client";
import { mergeEntityRoute } from "@/lib/api/contract/claims";
import type { ResponseOf } from "@/lib/api/define-route";

export type MergeResult = ResponseOf<typeof mergeEntityRoute>;

/**
 * Asks which entity to merge into and confirms what the merge does before
 * calling the API: the claims follow and the names combine, for good.
 */
export function EntityMergeDialog({
  entity,
  targets,
  onMerged,
  onClose,
}: {
  entity: { id: string; name: string; aliases: string[]; claimCount: number };
  targets: { id: string; name: string }[];
  onMerged: (targetName: string, result: MergeResult) => void;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [targetId, setTargetId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const target = targets.find((t) => t.id === targetId);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  function merge() {
    if (!target) return;
    startTransition(async () => {
      try {
        const result = await callApi(mergeEntityRoute, { params: { entityId: entity.id }, body: { intoEntityId: target.id } });
        onMerged(target.name, result);
      } catch (failure) {
        setError(formProblem(failure).message);
      }
    });
  }

  const names = [entity.name, ...entity.aliases].map((n) => `“${n}”`).join(", ");
  return (
    <dialog ref={dialogRef} className="entity-merge" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>Merge “{entity.name}”</h2>
      <label className="field">
        <span>Merge into</span>
        <select value={targetId} onChange={(event) => setTargetId(event.target.value)}>
          <option value="">Choose an entity…</option>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <p id={`${id}-consequences`} className="entity-merge__consequences">
        {target ? (
          <>
            Claims about “{entity.name}” will follow to “{target.name}” ({entity.claimCount} as subject), as will claim values and
            attributions naming it. {names} will become aliases of “{target.name}”. “{entity.name}” will no longer be listed; the merge
            is recorded in the audit trail, and you can undo it from the message that follows.
          </>
        ) : (
          "Choose the entity that stays; this one is merged into it."
        )}
      </p>
      <FormError message={error} />
      <div className="entity-merge__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!target || isPending}
          aria-describedby={`${id}-consequences`}
          onClick={merge}
        >
          {isPending ? "Merging…" : target ? `Merge into ${target.name}` : "Merge"}
        </button>
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
