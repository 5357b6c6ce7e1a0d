import { describe, expect, it } from "vitest";
import { derivedColumns } from "./derived-columns";

describe("derivedColumns", () => {
  it("stores a quantity as its interval", () => {
    expect(derivedColumns({ type: "quantity", kind: "at_least", min: 60, max: null })).toMatchObject({ quantityMin: 60, quantityMax: null });
  });
  it("stores a date range as two days", () => {
    const columns = derivedColumns({ type: "date", start: "2022-09-06", end: "2022-09-07", precision: "day" });
    expect(columns.dateStart?.toISOString()).toBe("2022-09-06T00:00:00.000Z");
    expect(columns.dateEnd?.toISOString()).toBe("2022-09-07T00:00:00.000Z");
  });
  it("stores an assertion's polarity and an entity's id", () => {
    expect(derivedColumns({ type: "assertion", proposition: "airstrikes occurred", polarity: "denied" }).polarity).toBe(false);
    expect(derivedColumns({ type: "entity", entityId: "e1" }).valueEntityId).toBe("e1");
  });
  it("derives nothing from free text", () => {
    expect(Object.values(derivedColumns({ type: "text", text: "offensive reconnaissance" })).every((v) => v === null)).toBe(true);
  });
});
