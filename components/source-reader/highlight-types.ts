export type HighlightStatus = "draft" | "submitted" | "approved" | "rejected" | "changes_requested" | "none";

/** A highlighted span of the revision text, in code point offsets. */
export interface ReaderHighlight {
  /** Must not contain whitespace: ids are kept space-separated in the DOM. */
  id: string;
  start: number;
  end: number;
  status: HighlightStatus;
  hasConflict: boolean;
  label: string;
}
