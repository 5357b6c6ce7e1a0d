import { describe, expect, it } from "vitest";
import { z } from "zod";
import { filterHref, readFilterParams } from "./filter-params";

const schema = z.object({
  sourceId: z.string().min(1).optional(),
  hasConflict: z.enum(["true", "false"]).optional(),
  page: z.coerce.number().int().min(1).default(1),
});
const names = ["sourceId", "hasConflict", "page"] as const;

describe("readFilterParams", () => {
  it("treats empty fields as 'any' and keeps the rest", () => {
    expect(readFilterParams(schema, names, { sourceId: "s1", hasConflict: "", other: "x" })).toEqual({
      values: { sourceId: "s1" },
      filters: { sourceId: "s1", page: 1 },
      ignored: [],
    });
  });

  it("drops and reports an invalid parameter instead of failing the page", () => {
    expect(readFilterParams(schema, names, { hasConflict: "maybe", page: ["2", "3"] })).toEqual({
      values: { page: "2" },
      filters: { page: 2 },
      ignored: ["hasConflict"],
    });
  });
});

describe("filterHref", () => {
  it("rewrites one value and leaves out cleared ones", () => {
    expect(filterHref("/p/review", { sourceId: "s1", page: "2" }, { page: "3" })).toBe("/p/review?sourceId=s1&page=3");
    expect(filterHref("/p/review", { sourceId: "s1" }, { sourceId: null })).toBe("/p/review");
  });
});
