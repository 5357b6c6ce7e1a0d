const REPORTED_CLAUSE = /\b(?:stated|said|reported|claimed|denied|confirmed|announced|added|wrote|told [^,]+?)\s+that\s+(.+)$/i;

/**
 * What the selected words assert, as a starting proposition: the reported
 * clause when the selection reports one ("… stated that airstrikes did not
 * occur" → "airstrikes did not occur"), else the whole selection, on one line
 * and without its final stop. The researcher words it as they need.
 */
export function propositionFrom(selection: string): string {
  const flat = selection.replace(/\s+/g, " ").trim();
  const clause = REPORTED_CLAUSE.exec(flat)?.[1] ?? flat;
  return clause.replace(/[.;:!]+$/, "").trim().slice(0, 500);
}
