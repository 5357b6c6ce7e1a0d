import { describe, expect, it } from "vitest";
import { pendingApprovals, type RecordedDecision } from "./pending-approvals";

const submit = (v: number): RecordedDecision => ({ reviewerId: "author", decision: "submit", toStatus: "submitted", claimVersion: v });
const partial = (reviewerId: string, v: number): RecordedDecision => ({ reviewerId, decision: "approve", toStatus: "submitted", claimVersion: v });

describe("pendingApprovals", () => {
  it("is empty right after submission", () => {
    expect(pendingApprovals([submit(1)], 2)).toEqual([]);
  });

  it("collects consecutive partial approvals of the current content", () => {
    expect(pendingApprovals([submit(1), partial("a", 2)], 3)).toEqual(["a"]);
    expect(pendingApprovals([partial("b", 3), submit(1), partial("a", 2)], 4)).toEqual(["b", "a"]);
  });

  it("drops approvals once the claim is edited after them (a version gap)", () => {
    // approved on v2 → v3, then edited → v4
    expect(pendingApprovals([submit(1), partial("a", 2)], 4)).toEqual([]);
  });

  it("starts a new round after changes were requested and the claim resubmitted", () => {
    const requested: RecordedDecision = { reviewerId: "b", decision: "request_changes", toStatus: "changes_requested", claimVersion: 3 };
    expect(pendingApprovals([submit(1), partial("a", 2), requested, submit(4)], 5)).toEqual([]);
  });

  it("ignores a final approval: the claim is approved, not waiting", () => {
    const final: RecordedDecision = { reviewerId: "a", decision: "approve", toStatus: "approved", claimVersion: 2 };
    expect(pendingApprovals([submit(1), final], 3)).toEqual([]);
  });
});
