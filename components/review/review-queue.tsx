"use client";

import { FormError } from "@/components/ui/form-error";
import { useActiveItem } from "@/components/ui/use-active-item";
import { useShortcutKeys } from "@/components/ui/use-shortcut-keys";
import { useState } from "react";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { queueCommandForKey, type QueueCommand } from "@/lib/review/queue-shortcuts";
import { needsReason, type ReasonedVerdict, type ReviewAction } from "@/lib/review/review-rules";
import type { ReviewQueueItem as Item } from "@/lib/server/reviews/review-queue";
import { ReasonDialog } from "./reason-dialog";
import { claimLabel, ReviewQueueItem } from "./review-queue-item";
import { ShortcutHints } from "./shortcut-hints";
import { useReviewDecision } from "./use-review-decision";
import { callApi } from "@/lib/client/api-client";
import { bulkApproveRoute } from "@/lib/api/contract/reviews";


/**
 * The review queue: one claim is active at a time; a / r / c decide on it,
 * j / n and k move, x selects it for bulk approval. Decided claims stay in
 * place with their new status until the page is reloaded.
 */
export function ReviewQueue({ slug, projectId, initialItems }: { slug: string; projectId: string; initialItems: Item[] }) {
  const [items, setItems] = useState(initialItems);
  const { activeIndex, setActiveIndex, moveTo, moveOnFrom, commandIndex, itemRef, focusItem } = useActiveItem(items.length);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [asking, setAsking] = useState<{ action: ReasonedVerdict; index: number } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [bulk, setBulk] = useState<{ isRunning: boolean; failures: { label: string; message: string }[] }>({ isRunning: false, failures: [] });
  const { decide, pending, error } = useReviewDecision();

  function replaceItem(claimId: string, update: (item: Item) => Item) {
    setItems((current) => current.map((item) => (item.claim.id === claimId ? update(item) : item)));
    setSelected((current) => new Set([...current].filter((id) => id !== claimId)));
  }

  async function act(index: number, action: ReviewAction, reason?: string) {
    const item = items[index];
    if (!item) return;
    const availability = item.review.actions[action];
    if (!availability.isAllowed) {
      setAnnouncement(availability.message);
      return;
    }
    if (needsReason(action) && reason === undefined) {
      setAsking({ action, index });
      return;
    }
    setAsking(null);
    const result = await decide(item.review, action, reason);
    if (!result) return;
    replaceItem(item.claim.id, () => ({ claim: result.claim, review: result.review }));
    setAnnouncement(`${claimLabel(result.claim)}: now ${result.review.status.replace("_", " ")}.`);
    moveOnFrom(index);
  }

  function toggle(claimId: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(claimId)) next.add(claimId);
      return next;
    });
  }

  function runCommand(command: QueueCommand) {
    const index = commandIndex();
    const active = items[index];
    if (command === "next") moveTo(index + 1);
    else if (command === "previous") moveTo(index - 1);
    else if (command === "toggle_selection") {
      if (active?.review.actions.approve.isAllowed) toggle(active.claim.id);
    } else void act(index, command);
  }

  const rootRef = useShortcutKeys(queueCommandForKey, runCommand, asking !== null);

  async function approveSelected() {
    const chosen = items.filter((item) => selected.has(item.claim.id));
    setBulk({ isRunning: true, failures: [] });
    try {
      const result = await callApi(bulkApproveRoute, {
        params: { projectId },
        body: { claims: chosen.map((item) => ({ claimId: item.claim.id, version: item.review.version })) },
      });
      const failures: { label: string; message: string }[] = [];
      for (const outcome of result.results) {
        const item = chosen.find((c) => c.claim.id === outcome.claimId)!;
        if (outcome.isApproved) replaceItem(outcome.claimId, (current) => ({ claim: { ...current.claim, status: outcome.claimStatus }, review: outcome.review }));
        else failures.push({ label: claimLabel(item.claim), message: outcome.message });
      }
      setBulk({ isRunning: false, failures });
      setAnnouncement(`${result.approved} of ${chosen.length} selected claims approved.`);
    } catch (caught) {
      const message = caught instanceof ApiRequestError ? caught.message : "The selection could not be approved. Try again.";
      setBulk({ isRunning: false, failures: [{ label: "Bulk approval", message }] });
    }
  }

  const approvable = items.filter((item) => item.review.actions.approve.isAllowed);
  const askingItem = asking ? items[asking.index] : undefined;

  return (
    <div ref={rootRef} className="review-queue" data-shortcuts="loading">
      <ShortcutHints />
      {approvable.length > 0 || selected.size > 0 ? (
        <div className="review-queue__bulk" role="group" aria-label="Bulk approval">
          <button
            type="button"
            className="button button--small"
            onClick={() => setSelected(selected.size === approvable.length ? new Set() : new Set(approvable.map((item) => item.claim.id)))}
          >
            {selected.size === approvable.length ? "Clear selection" : `Select all I can approve (${approvable.length})`}
          </button>
          <button type="button" className="button button--small button--primary" disabled={selected.size === 0 || bulk.isRunning} onClick={() => void approveSelected()}>
            {bulk.isRunning ? "Approving…" : `Approve selected (${selected.size})`}
          </button>
        </div>
      ) : null}
      <p role="status" className="review-queue__announcement" data-testid="queue-announcement">
        {announcement}
      </p>
      <FormError message={error} />
      {bulk.failures.length > 0 ? (
        <div role="alert" className="form-error">
          <p>Not approved:</p>
          <ul>
            {bulk.failures.map((failure) => (
              <li key={failure.label}>
                {failure.label}: {failure.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ol className="review-queue__list" aria-label="Claims waiting for review, oldest first">
        {items.map((item, index) => (
          <li key={item.claim.id}>
            <ReviewQueueItem
              ref={itemRef(index)}
              slug={slug}
              item={item}
              isActive={index === activeIndex}
              isSelected={selected.has(item.claim.id)}
              pendingAction={pending?.claimId === item.claim.id ? pending.action : undefined}
              onActivate={() => setActiveIndex(index)}
              onToggleSelected={() => toggle(item.claim.id)}
              onAction={(action) => void act(index, action)}
            />
          </li>
        ))}
      </ol>
      {asking && askingItem ? (
        <ReasonDialog
          action={asking.action}
          claimLabel={claimLabel(askingItem.claim)}
          onConfirm={(reason) => void act(asking.index, asking.action, reason)}
          onCancel={() => {
            setAsking(null);
            focusItem(asking.index);
          }}
        />
      ) : null}
    </div>
  );
}
