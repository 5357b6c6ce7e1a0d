/** A form's submit button, worded while it works, and a Cancel that closes the form. */
export function FormActions({ label, pendingLabel, isPending = false, onCancel }: { label: string; pendingLabel?: string; isPending?: boolean; onCancel: () => void }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={isPending}>
        {isPending && pendingLabel ? pendingLabel : label}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
