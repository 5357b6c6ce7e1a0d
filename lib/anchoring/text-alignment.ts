/**
 * A run of text that two revisions share unchanged, in UTF-16 units: the old
 * text's [oldStart, oldStart + length) equals the new text's
 * [newStart, newStart + length).
 */
export interface AlignedSegment {
  oldStart: number;
  newStart: number;
  length: number;
}

/** Long enough to be unique in prose, short enough to dodge a nearby edit. */
const ANCHOR_LENGTH = 64;
/** Where in a changed region to look for a shared anchor, tried in order. */
const ANCHOR_FRACTIONS = [1 / 2, 1 / 4, 3 / 4, 1 / 8, 7 / 8];
/** Each level splits a changed region at an anchor; a few edits need few levels. */
const MAX_DEPTH = 40;

/**
 * The unchanged runs between two revisions, ascending in both texts. It trims
 * the common prefix and suffix, then splits what remains at a substring found
 * exactly once in both changed regions, and repeats. That finds every run
 * between a handful of scattered edits in linear time per level, without a
 * full diff; text it cannot align is simply left out.
 */
export function alignTexts(oldText: string, newText: string): AlignedSegment[] {
  const segments: AlignedSegment[] = [];
  alignRange(oldText, newText, 0, oldText.length, 0, newText.length, segments, 0);
  return segments;
}

function alignRange(
  oldText: string,
  newText: string,
  oldStart: number,
  oldEnd: number,
  newStart: number,
  newEnd: number,
  out: AlignedSegment[],
  depth: number,
): void {
  const prefix = commonPrefixLength(oldText, newText, oldStart, oldEnd, newStart, newEnd);
  const suffix = commonSuffixLength(oldText, newText, oldStart + prefix, oldEnd, newStart + prefix, newEnd);
  if (prefix > 0) out.push({ oldStart, newStart, length: prefix });

  const changedOld = { start: oldStart + prefix, end: oldEnd - suffix };
  const changedNew = { start: newStart + prefix, end: newEnd - suffix };
  if (depth < MAX_DEPTH) {
    const anchor = findSharedAnchor(oldText, newText, changedOld, changedNew);
    if (anchor) {
      alignRange(oldText, newText, changedOld.start, anchor.oldAt, changedNew.start, anchor.newAt, out, depth + 1);
      alignRange(oldText, newText, anchor.oldAt, changedOld.end, anchor.newAt, changedNew.end, out, depth + 1);
    }
  }

  if (suffix > 0) out.push({ oldStart: oldEnd - suffix, newStart: newEnd - suffix, length: suffix });
}

interface Range {
  start: number;
  end: number;
}

function findSharedAnchor(
  oldText: string,
  newText: string,
  changedOld: Range,
  changedNew: Range,
): { oldAt: number; newAt: number } | null {
  const span = changedOld.end - changedOld.start;
  if (span < ANCHOR_LENGTH || changedNew.end - changedNew.start < ANCHOR_LENGTH) return null;
  for (const fraction of ANCHOR_FRACTIONS) {
    const oldAt = avoidSplittingPair(
      oldText,
      changedOld.start + Math.floor((span - ANCHOR_LENGTH) * fraction),
    );
    const anchor = oldText.slice(oldAt, oldAt + ANCHOR_LENGTH);
    if (anchor.length < ANCHOR_LENGTH || findOnlyOccurrence(oldText, anchor, changedOld) !== oldAt) continue;
    const newAt = findOnlyOccurrence(newText, anchor, changedNew);
    if (newAt !== null) return { oldAt, newAt };
  }
  return null;
}

function findOnlyOccurrence(text: string, needle: string, range: Range): number | null {
  const first = text.indexOf(needle, range.start);
  if (first === -1 || first + needle.length > range.end) return null;
  const second = text.indexOf(needle, first + 1);
  return second === -1 || second + needle.length > range.end ? first : null;
}

function commonPrefixLength(a: string, b: string, aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  const max = Math.min(aEnd - aStart, bEnd - bStart);
  let length = 0;
  while (length < max && a.charCodeAt(aStart + length) === b.charCodeAt(bStart + length)) length++;
  // A run must not end between the halves of a surrogate pair.
  return length > 0 && isHighSurrogate(a.charCodeAt(aStart + length - 1)) ? length - 1 : length;
}

function commonSuffixLength(a: string, b: string, aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  const max = Math.min(aEnd - aStart, bEnd - bStart);
  let length = 0;
  while (length < max && a.charCodeAt(aEnd - 1 - length) === b.charCodeAt(bEnd - 1 - length)) length++;
  return length > 0 && isLowSurrogate(a.charCodeAt(aEnd - length)) ? length - 1 : length;
}

function avoidSplittingPair(text: string, at: number): number {
  return at > 0 && isLowSurrogate(text.charCodeAt(at)) ? at - 1 : at;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
