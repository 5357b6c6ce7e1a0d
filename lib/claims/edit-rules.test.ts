import { describe, expect, it } from "vitest";
import { claimEditRefusal } from "./edit-rules";

describe("claimEditRefusal", () => {
  const own = { createdById: "me", status: "draft" };
  it("lets reviewers and owners edit any claim", () => {
    expect(claimEditRefusal("reviewer", "me", { createdById: "other", status: "approved" })).toBeNull();
    expect(claimEditRefusal("owner", "me", { createdById: "other", status: "submitted" })).toBeNull();
  });
  it("lets researchers edit only their own drafts and claims sent back to them", () => {
    expect(claimEditRefusal("researcher", "me", own)).toBeNull();
    expect(claimEditRefusal("researcher", "me", { ...own, status: "changes_requested" })).toBeNull();
    expect(claimEditRefusal("researcher", "me", { ...own, status: "submitted" })).toMatch(/only a reviewer/);
    expect(claimEditRefusal("researcher", "me", { ...own, createdById: "other" })).toMatch(/their own/);
  });
  it("refuses viewers", () => {
    expect(claimEditRefusal("viewer", "me", own)).toMatch(/viewer/);
  });
});
