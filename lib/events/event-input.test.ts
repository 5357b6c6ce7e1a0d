import { describe, expect, it } from "vitest";
import { eventFieldsRefusal, eventInputSchema } from "./event-input";

describe("eventInputSchema", () => {
  it("keeps absent parts absent, so that an edit leaves them as stored", () => {
    expect(eventInputSchema.parse({ participantIds: ["a", "b", "a"] })).toEqual({ participantIds: ["a", "b"] });
  });

  it("takes null to clear a part, and a place only with its precision", () => {
    expect(eventInputSchema.parse({ date: null, place: null })).toEqual({ date: null, place: null });
    expect(eventInputSchema.safeParse({ place: { entityId: "p1" } }).success).toBe(false);
    expect(eventInputSchema.safeParse({ place: { entityId: "p1", precision: "somewhere" } }).success).toBe(false);
  });
});

describe("eventFieldsRefusal", () => {
  it("lets an event carry event fields and any entity clear them", () => {
    expect(eventFieldsRefusal("event", { participantIds: [] })).toBeNull();
    expect(eventFieldsRefusal("place", null)).toBeNull();
    expect(eventFieldsRefusal("place", undefined)).toBeNull();
  });

  it("refuses event fields on another kind, in words", () => {
    expect(eventFieldsRefusal("armed_group", { participantIds: [] })).toBe(
      "Only an entity of kind event has a date, a place or participants; this one is of kind armed group.",
    );
  });
});
