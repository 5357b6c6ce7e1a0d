import { describe, expect, it } from "vitest";
import { findCitationMarkers } from "@/components/source-reader/find-citation-markers";

describe("findCitationMarkers", () => {
  it("finds numbered, lettered and note markers", () => {
    const text = "[13] The Alliance claimed victory.[3] See also[a] and[note 2].";
    expect(findCitationMarkers(text).map(({ from, to }) => text.slice(from, to))).toEqual([
      "[13]",
      "[3]",
      "[a]",
      "[note 2]",
    ]);
  });

  it("ignores wiki link brackets and bracketed prose", () => {
    expect(findCitationMarkers("skin-invert|15px]] Sahel Province [citation needed] [[Mali]]")).toEqual([]);
  });
});
