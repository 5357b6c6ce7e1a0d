import { describe, expect, it } from "vitest";
import { actionLabel, describeChanges } from "./claim-history-format";

const snapshot = {
  subject: "MSA and JNIM forces",
  property: "casualties",
  value: { type: "quantity", kind: "exact", min: 4, max: 4, category: "killed", text: "only four" },
  qualifiers: {},
  hedging: "claimed",
  status: "draft",
  rank: "normal",
  note: "",
  version: 1,
  attribution: [{ role: "origin", party: "Movement for the Salvation of Azawad" }],
  evidence: [{ annotationId: "a1", exact: "4 (per MSA)" }],
};

describe("describeChanges", () => {
  it("lists only the fields an edit changed, in words, and never the version", () => {
    const after = {
      ...snapshot,
      value: { ...snapshot.value, kind: "at_least", min: 4, max: null },
      attribution: [
        { role: "origin", party: "local sources" },
        { role: "intermediary", party: "Le Monde" },
      ],
      version: 2,
    };
    expect(describeChanges(snapshot, after)).toEqual([
      { field: "value", label: "Value", before: "exactly 4 killed", after: "at least 4 killed" },
      {
        field: "attribution",
        label: "Attribution",
        before: "Movement for the Salvation of Azawad",
        after: "local sources → Le Monde",
      },
    ]);
  });

  it("lists what a creation set and skips what it left empty", () => {
    const changes = describeChanges(null, snapshot);
    expect(changes.map((c) => c.field)).toEqual(["subject", "property", "value", "hedging", "status", "rank", "attribution", "evidence"]);
    expect(changes.find((c) => c.field === "evidence")).toEqual({ field: "evidence", label: "Evidence", before: null, after: "“4 (per MSA)”" });
  });

  it("lists fields in reading order whatever order the stored JSON has", () => {
    const shuffled = Object.fromEntries(Object.entries(snapshot).reverse());
    expect(describeChanges(null, shuffled).map((c) => c.field)).toEqual(describeChanges(null, snapshot).map((c) => c.field));
  });

  it("describes qualifiers and a hedging that was removed", () => {
    const after = { ...snapshot, qualifiers: { victimGroup: "civilians", place: "Talataye" }, hedging: null };
    expect(describeChanges(snapshot, after)).toEqual([
      { field: "qualifiers", label: "Qualifiers", before: "none", after: "Victim group: civilians, Place: Talataye" },
      { field: "hedging", label: "Hedging", before: "Claimed", after: "none" },
    ]);
  });

  it("handles events of other shapes, such as a review's status change", () => {
    expect(describeChanges({ status: "submitted" }, { status: "approved" })).toEqual([
      { field: "status", label: "Status", before: "Submitted", after: "Approved" },
    ]);
    expect(describeChanges(null, null)).toEqual([]);
  });

  it("describes a project's vague amounts entry by entry, and none stored as the default", () => {
    const own = [
      { words: "dozens", min: 24, max: 99 },
      { words: "une trentaine", min: 27, max: 33, kind: "approximately" },
      { words: "many", min: null, max: null },
    ];
    expect(describeChanges({ vagueQuantities: null }, { vagueQuantities: own })).toEqual([
      { field: "vagueQuantities", label: "Vague amounts", before: "the default (ACLED)", after: "dozens 24–99; une trentaine about 27–33; many: no figure" },
    ]);
  });
});

describe("actionLabel", () => {
  it("names known actions and words the rest", () => {
    expect(actionLabel("claim.create")).toBe("Created");
    expect(actionLabel("claim.update")).toBe("Edited");
    expect(actionLabel("claim.request_changes")).toBe("Changes requested");
    expect(actionLabel("claim.entity_merge")).toBe("Moved by an entity merge");
    expect(actionLabel("claim.some_later_kind")).toBe("Some later kind");
  });
});
