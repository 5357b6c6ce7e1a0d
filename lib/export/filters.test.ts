import { describe, expect, it } from "vitest";
import { exportFiltersSchema, filtersDigest, filtersFromParams, filtersToParams } from "./filters";

describe("export filters", () => {
  it("default to approved claims and are canonical: sorted, without duplicates", () => {
    expect(exportFiltersSchema.parse({})).toEqual({
      statuses: ["approved"],
      sourceIds: [],
      propertyKeys: [],
      entityIds: [],
      recordedFrom: null,
      recordedTo: null,
    });
    const a = exportFiltersSchema.parse({ statuses: ["submitted", "approved", "approved"], sourceIds: ["s2", "s1"] });
    const b = exportFiltersSchema.parse({ statuses: ["approved", "submitted"], sourceIds: ["s1", "s2", "s1"] });
    expect(a).toEqual(b);
    expect(filtersDigest(a)).toBe(filtersDigest(b));
    expect(filtersDigest(a)).not.toBe(filtersDigest(exportFiltersSchema.parse({})));
  });

  it("read from flat parameters, and back, naming the parameter of an invalid value", () => {
    const result = filtersFromParams({ status: ["approved", "submitted"], properties: ["casualties"], from: "2024-01-01", to: "2024-12-31" });
    expect(result.success && result.data).toMatchObject({ statuses: ["approved", "submitted"], propertyKeys: ["casualties"], recordedFrom: "2024-01-01" });
    if (!result.success) throw new Error("expected valid filters");
    expect(filtersToParams(result.data)).toEqual({ status: "approved,submitted", properties: "casualties", from: "2024-01-01", to: "2024-12-31" });

    const invalid = filtersFromParams({ status: ["published"], from: "2024-12-31", to: "2024-01-01" });
    expect(invalid.success).toBe(false);
    if (invalid.success) return;
    expect(invalid.issues.map((i) => i.path)).toContain("status");
  });

  it("reject a range that ends before it starts", () => {
    const result = filtersFromParams({ from: "2024-12-31", to: "2024-01-01" });
    expect(result.success === false && result.issues).toEqual([{ path: "to", message: "The date range must not end before it starts" }]);
  });
});
