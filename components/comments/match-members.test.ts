import { describe, expect, it } from "vitest";
import { matchMembers } from "./match-members";

const members = [
  { id: "1", name: "Olivia Owner" },
  { id: "2", name: "Rania Researcher" },
  { id: "3", name: "Rémi Reviewer" },
];
const names = (query: string, limit = 8) => matchMembers(members, query, limit).map((m) => m.name);

describe("matchMembers", () => {
  it("puts names starting with the query first, then word starts, then anywhere", () => {
    expect(names("r")).toEqual(["Rania Researcher", "Rémi Reviewer", "Olivia Owner"]);
    expect(names("own")).toEqual(["Olivia Owner"]);
    expect(names("view")).toEqual(["Rémi Reviewer"]);
  });

  it("ignores accents and case", () => {
    expect(names("REMI")).toEqual(["Rémi Reviewer"]);
  });

  it("lists everyone for an empty query, up to the limit", () => {
    expect(names("", 2)).toEqual(["Olivia Owner", "Rania Researcher"]);
    expect(names("zz")).toEqual([]);
  });
});
