/** When a source reported a claim: the day its document was published, else the day the claim was recorded. */
export interface ReportedAt {
  day: string;
  /** False when no evidence document has a publication date, so the day is when the claim was recorded. */
  isPublicationDate: boolean;
}

interface TimelineClaim {
  id: string;
  property: { id: string; label: string };
  createdAt: string;
  evidence: readonly { sourceId: string }[];
}

/**
 * The earliest publication day among the claim's evidence documents — a claim
 * quoted from two editions was reported by the first — falling back to the
 * day the claim was recorded.
 */
export function reportedAt(claim: Pick<TimelineClaim, "createdAt" | "evidence">, publishedDays: ReadonlyMap<string, string>): ReportedAt {
  const days = claim.evidence.flatMap(({ sourceId }) => publishedDays.get(sourceId) ?? []).sort();
  return days[0] !== undefined ? { day: days[0], isPublicationDate: true } : { day: claim.createdAt.slice(0, 10), isPublicationDate: false };
}

/**
 * An event's claims per property (by label), each property's claims in the
 * order their sources reported them; claims reported the same day keep the
 * order they were recorded in.
 */
export function claimTimeline<C extends TimelineClaim>(claims: readonly C[], publishedDays: ReadonlyMap<string, string>) {
  type Group = { property: C["property"]; entries: { claim: C; reportedAt: ReportedAt }[] };
  const byProperty = new Map<string, Group>();
  for (const claim of claims) {
    const group: Group = byProperty.get(claim.property.id) ?? { property: claim.property, entries: [] };
    group.entries.push({ claim, reportedAt: reportedAt(claim, publishedDays) });
    byProperty.set(claim.property.id, group);
  }
  const groups = [...byProperty.values()].sort((a, b) => a.property.label.localeCompare(b.property.label, "en"));
  for (const group of groups) {
    group.entries.sort((a, b) => a.reportedAt.day.localeCompare(b.reportedAt.day) || a.claim.createdAt.localeCompare(b.claim.createdAt) || a.claim.id.localeCompare(b.claim.id));
  }
  return groups;
}
