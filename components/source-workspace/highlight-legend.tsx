import { statusLabels, type HighlightStatus } from "./highlight-model";

const ORDER: HighlightStatus[] = ["none", "draft", "submitted", "changes_requested", "approved", "rejected"];

/** What each highlight colour and underline means, drawn with the reader's own styles; suggested claims while they are shown. */
export function HighlightLegend({ hasCandidates = false }: { hasCandidates?: boolean }) {
  return (
    <ul className="highlight-legend" aria-label="Highlight key">
      {ORDER.map((status) => (
        <li key={status}>
          <span className={`hl hl--${status}`}>{statusLabels[status]}</span>
        </li>
      ))}
      <li>
        <span className="hl hl--none hl--conflict">In conflict</span>
      </li>
      {hasCandidates ? (
        <li>
          <span className="sg">Suggested claim</span>
        </li>
      ) : null}
    </ul>
  );
}
