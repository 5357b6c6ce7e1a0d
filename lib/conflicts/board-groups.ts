/** What grouping needs of a conflict: its id and the ids of its claims. */
export interface GroupableConflict {
  id: string;
  members: readonly { claim: { id: string } }[];
}

/**
 * The board's cards: conflicts that share a claim form one group, so four
 * claims about civilian deaths that disagree pairwise make one card, not
 * five. Detection only pairs claims of one subject, property and compatible
 * qualifiers, so a group is "what the sources say about one thing". Groups
 * keep the order of their first conflict; conflicts keep theirs within a group.
 */
export function groupConflicts<T extends GroupableConflict>(conflicts: readonly T[]): T[][] {
  const parent = conflicts.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]!]!;
      index = parent[index]!;
    }
    return index;
  };
  const conflictOfClaim = new Map<string, number>();
  conflicts.forEach((conflict, index) => {
    for (const { claim } of conflict.members) {
      const other = conflictOfClaim.get(claim.id);
      if (other === undefined) conflictOfClaim.set(claim.id, index);
      else parent[Math.max(root(index), root(other))] = Math.min(root(index), root(other));
    }
  });
  const groups = new Map<number, T[]>();
  conflicts.forEach((conflict, index) => {
    const key = root(index);
    groups.set(key, [...(groups.get(key) ?? []), conflict]);
  });
  return [...groups.values()];
}

/** Every claim of a group once, in the order the group's conflicts first name them. */
export function claimsOfGroup<M extends { claim: { id: string } }>(conflicts: readonly { members: readonly M[] }[]): M[] {
  const seen = new Map<string, M>();
  for (const conflict of conflicts) for (const member of conflict.members) if (!seen.has(member.claim.id)) seen.set(member.claim.id, member);
  return [...seen.values()];
}
