"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import type { ReasonedVerdict } from "@/lib/review/review-rules";

const copy: Record<ReasonedVerdict, { title: string; label: string; confirm: string }> = {
  reject: { title: "Reject this claim", label: "Why do you reject it?", confirm: "Reject claim" },
  request_changes: { title: "Request changes", label: "What should change?", confirm: "Send back for changes" },
};

/**
 * Asks for the reason a rejection or a change request needs, in a modal
 * dialog: focus starts in the text box, Ctrl/⌘+Enter confirms, Escape cancels.
 */
export function ReasonDialog({
  action,
  claimLabel,
  onConfirm,
  onCancel,
}: {
  action: ReasonedVerdict;
  claimLabel: string;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState("");
  const [isMissing, setIsMissing] = useState(false);
  const text = copy[action];

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setIsMissing(true);
      return;
    }
    onConfirm(reason.trim());
  }

  return (
    <dialog
      ref={dialog}
      className="reason-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit} className="form">
        <h2 id={`${id}-title`}>{text.title}</h2>
        <p className="muted">{claimLabel}</p>
        <label className="field">
          <span>{text.label}</span>
          <textarea
            autoFocus
            rows={4}
            value={reason}
            aria-invalid={isMissing}
            aria-describedby={isMissing ? `${id}-error` : `${id}-help`}
            onChange={(event) => {
              setReason(event.target.value);
              setIsMissing(false);
            }}
            onKeyDown={(event) => {
              if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) submit(event);
            }}
          />
        </label>
        {isMissing ? (
          <p id={`${id}-error`} role="alert" className="form-error">
            A reason is required.
          </p>
        ) : (
          <p id={`${id}-help`} className="muted">
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd> confirms, <kbd>Esc</kbd> cancels.
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {text.confirm}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
