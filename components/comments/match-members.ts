import type { MentionCandidate } from "./comment-extensions";

/**
 * The members whose name matches what follows "@", best first: the name
 * starts with it, then one of its words does, then it occurs anywhere.
 * Accents and case are ignored, so "@remi" finds "Rémi".
 */
export function matchMembers(members: readonly MentionCandidate[], query: string, limit: number): MentionCandidate[] {
  const needle = fold(query.trim());
  const ranked: { member: MentionCandidate; rank: number }[] = [];
  for (const member of members) {
    const name = fold(member.name);
    const rank = name.startsWith(needle) ? 0 : name.split(/\s+/).some((word) => word.startsWith(needle)) ? 1 : name.includes(needle) ? 2 : -1;
    if (rank >= 0) ranked.push({ member, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.member.name.localeCompare(b.member.name))
    .slice(0, limit)
    .map((r) => r.member);
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();
}
