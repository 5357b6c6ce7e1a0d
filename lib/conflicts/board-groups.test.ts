import { describe, expect, it } from "vitest";
import { claimsOfGroup, groupConflicts } from "./board-groups";

const conflict = (id: string, ...claimIds: string[]) => ({ id, members: claimIds.map((claimId) => ({ claim: { id: claimId } })) });
const ids = (groups: { id: string }[][]) => groups.map((group) => group.map((c) => c.id));

describe("conflict board groups", () => {
  it("puts the pairwise conflicts among four claims on one card", () => {
    const pairs = [conflict("ab", "a", "b"), conflict("ac", "a", "c"), conflict("bd", "b", "d"), conflict("cd", "c", "d"), conflict("ad", "a", "d")];
    const groups = groupConflicts(pairs);
    expect(ids(groups)).toEqual([["ab", "ac", "bd", "cd", "ad"]]);
    expect(claimsOfGroup(groups[0]!).map((m) => m.claim.id)).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps conflicts that share no claim apart, in the order of their first conflict", () => {
    expect(ids(groupConflicts([conflict("xy", "x", "y"), conflict("ab", "a", "b"), conflict("yz", "y", "z")]))).toEqual([["xy", "yz"], ["ab"]]);
  });

  it("joins two groups that a later conflict links", () => {
    expect(ids(groupConflicts([conflict("ab", "a", "b"), conflict("cd", "c", "d"), conflict("bc", "b", "c")]))).toEqual([["ab", "cd", "bc"]]);
  });
});
