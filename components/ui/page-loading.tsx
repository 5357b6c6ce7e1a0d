/** What a page shows while its data load: a live status in words and the outline of what is coming. */
export function PageLoading({ what }: { what: string }) {
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <p className="muted">Loading {what}…</p>
      <div className="page-loading__bar" aria-hidden="true" />
      <div className="page-loading__bar page-loading__bar--short" aria-hidden="true" />
      <div className="page-loading__bar" aria-hidden="true" />
    </div>
  );
}
