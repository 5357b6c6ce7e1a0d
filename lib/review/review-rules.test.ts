import { describe, expect, it } from "vitest";
import type { ClaimStatus, Role } from "@/lib/db/generated/enums";
import { availableReviewActions, checkReviewAction, decideReview, type ReviewAction, type ReviewContext } from "./review-rules";

const AUTHOR = "author";
const REVIEWER = "reviewer";

function context(
  status: ClaimStatus,
  actor: { userId?: string; role?: Role } = {},
  extra: Partial<Pick<ReviewContext, "requiredApprovals" | "approvedBy">> & { updatedById?: string } = {},
): ReviewContext {
  return {
    claim: { status, createdById: AUTHOR, updatedById: extra.updatedById ?? AUTHOR },
    actor: { userId: actor.userId ?? REVIEWER, role: actor.role ?? "reviewer" },
    requiredApprovals: extra.requiredApprovals ?? 1,
    approvedBy: extra.approvedBy ?? [],
  };
}

describe("review transitions", () => {
  const table: [ClaimStatus, ReviewAction, ClaimStatus | "invalid_transition"][] = [
    ["draft", "submit", "submitted"],
    ["changes_requested", "submit", "submitted"],
    ["submitted", "submit", "invalid_transition"],
    ["approved", "submit", "invalid_transition"],
    ["rejected", "submit", "invalid_transition"],
    ["submitted", "approve", "approved"],
    ["submitted", "reject", "rejected"],
    ["submitted", "request_changes", "changes_requested"],
    ["draft", "approve", "invalid_transition"],
    ["draft", "reject", "invalid_transition"],
    ["approved", "approve", "invalid_transition"],
    ["rejected", "request_changes", "invalid_transition"],
    ["changes_requested", "approve", "invalid_transition"],
  ];
  it.each(table)("%s --%s--> %s", (from, action, expected) => {
    const outcome = checkReviewAction(context(from), action);
    if (expected === "invalid_transition") expect(outcome).toMatchObject({ ok: false, kind: "invalid_transition" });
    else expect(outcome).toMatchObject({ ok: true, toStatus: expected });
  });

  it("explains an invalid transition in words", () => {
    expect(checkReviewAction(context("draft"), "approve")).toMatchObject({
      message: "This claim is draft; only submitted claims can be approved.",
    });
    expect(checkReviewAction(context("approved"), "submit")).toMatchObject({
      message: "This claim is approved; only drafts and claims sent back for changes can be submitted.",
    });
  });
});

describe("who may do what", () => {
  it("lets owners and reviewers review, nobody else", () => {
    for (const role of ["owner", "reviewer"] as const) {
      expect(checkReviewAction(context("submitted", { role }), "reject").ok).toBe(true);
    }
    for (const role of ["researcher", "viewer"] as const) {
      expect(checkReviewAction(context("submitted", { role }), "approve")).toMatchObject({
        ok: false,
        kind: "not_allowed",
        message: expect.stringContaining(`Your role (${role}) cannot review claims`),
      });
    }
  });

  it("lets researchers submit only their own claims; reviewers and owners any; viewers none", () => {
    expect(checkReviewAction(context("draft", { userId: AUTHOR, role: "researcher" }), "submit").ok).toBe(true);
    expect(checkReviewAction(context("draft", { userId: "other", role: "researcher" }), "submit")).toMatchObject({
      ok: false,
      kind: "not_allowed",
      message: "Researchers can only submit their own claims.",
    });
    expect(checkReviewAction(context("draft", { userId: "other", role: "reviewer" }), "submit").ok).toBe(true);
    expect(checkReviewAction(context("draft", { userId: "other", role: "owner" }), "submit").ok).toBe(true);
    expect(checkReviewAction(context("draft", { userId: AUTHOR, role: "viewer" }), "submit")).toMatchObject({ ok: false, kind: "not_allowed" });
  });

  it("checks the role before the status, so a viewer learns they may not rather than why not now", () => {
    expect(checkReviewAction(context("draft", { role: "viewer" }), "approve")).toMatchObject({ kind: "not_allowed" });
  });
});

describe("four eyes", () => {
  it("forbids approving a claim you created, with a clear message", () => {
    expect(checkReviewAction(context("submitted", { userId: AUTHOR, role: "owner" }), "approve")).toEqual({
      ok: false,
      kind: "four_eyes",
      message: "You created this claim, so you cannot approve it: another reviewer must check it (four-eyes rule).",
    });
  });

  it("forbids approving a claim you edited last, even one someone else created", () => {
    expect(checkReviewAction(context("submitted", { userId: REVIEWER }, { updatedById: REVIEWER }), "approve")).toMatchObject({
      ok: false,
      kind: "four_eyes",
      message: expect.stringContaining("You edited this claim last"),
    });
  });

  it("still lets the author reject or send back their own claim", () => {
    expect(checkReviewAction(context("submitted", { userId: AUTHOR }), "reject").ok).toBe(true);
    expect(checkReviewAction(context("submitted", { userId: AUTHOR }), "request_changes").ok).toBe(true);
  });

  it("needs two different reviewers when the project requires two approvals", () => {
    const first = checkReviewAction(context("submitted", {}, { requiredApprovals: 2 }), "approve");
    expect(first).toEqual({ ok: true, toStatus: "submitted", approvals: 1, requiredApprovals: 2 });

    const again = checkReviewAction(context("submitted", {}, { requiredApprovals: 2, approvedBy: [REVIEWER] }), "approve");
    expect(again).toMatchObject({ ok: false, kind: "four_eyes", message: expect.stringContaining("already approved") });

    const second = checkReviewAction(context("submitted", { userId: "second" }, { requiredApprovals: 2, approvedBy: [REVIEWER] }), "approve");
    expect(second).toEqual({ ok: true, toStatus: "approved", approvals: 2, requiredApprovals: 2 });
  });

  it("treats a required count below one as one", () => {
    expect(checkReviewAction(context("submitted", {}, { requiredApprovals: 0 }), "approve")).toMatchObject({ toStatus: "approved" });
  });
});

describe("reasons", () => {
  it("requires a reason to reject or request changes, not to approve or submit", () => {
    expect(decideReview(context("submitted"), "reject", "  ")).toMatchObject({ ok: false, kind: "reason_required" });
    expect(decideReview(context("submitted"), "request_changes")).toMatchObject({ ok: false, kind: "reason_required" });
    expect(decideReview(context("submitted"), "reject", "The quote says 17, not 4")).toMatchObject({ ok: true, toStatus: "rejected" });
    expect(decideReview(context("submitted"), "approve").ok).toBe(true);
    expect(decideReview(context("draft", { userId: AUTHOR, role: "researcher" }), "submit").ok).toBe(true);
  });

  it("reports a forbidden action before a missing reason", () => {
    expect(decideReview(context("submitted", { role: "viewer" }), "reject")).toMatchObject({ kind: "not_allowed" });
  });
});

describe("availableReviewActions", () => {
  it("lists every action with its verdict, for buttons that explain themselves", () => {
    const actions = availableReviewActions(context("submitted", { userId: AUTHOR, role: "reviewer" }));
    expect(Object.keys(actions)).toEqual(["submit", "approve", "reject", "request_changes"]);
    expect(actions.submit.ok).toBe(false);
    expect(actions.approve).toMatchObject({ ok: false, message: expect.stringContaining("four-eyes") });
    expect(actions.reject.ok).toBe(true);
  });
});
