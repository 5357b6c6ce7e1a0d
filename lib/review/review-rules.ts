import type { ClaimStatus, ReviewDecisionKind, Role } from "@/lib/db/generated/enums";
import { can } from "@/lib/permissions";

/**
 * The review workflow as a pure state machine:
 *
 *   draft ──submit──▶ submitted ──approve──▶ approved
 *   changes_requested ──submit──▶ submitted ──reject──▶ rejected
 *                                 submitted ──request_changes──▶ changes_requested
 *
 * Four eyes: nobody approves a claim they created or edited last, and a
 * project needing N approvals needs N different reviewers on the same content
 * before the claim is approved (earlier approvals leave it submitted).
 */

export type ReviewAction = ReviewDecisionKind;
export const reviewActions = ["submit", "approve", "reject", "request_changes"] as const satisfies readonly ReviewAction[];
/** What a reviewer decides on a submitted claim (submitting is the author's step). */
export const reviewVerdicts = ["approve", "reject", "request_changes"] as const satisfies readonly ReviewAction[];

export const REVIEW_REASON_MAX = 2000;

export interface ReviewContext {
  claim: { status: ClaimStatus; createdById: string; updatedById: string };
  actor: { userId: string; role: Role };
  requiredApprovals: number;
  /** Reviewers whose approvals of the claim's current content are already recorded. */
  approvedBy: readonly string[];
}

export type ReviewRefusal = {
  ok: false;
  /**
   * not_allowed: this role (or a researcher on someone else's claim) may not;
   * four_eyes: a reviewer may not approve their own work or approve twice;
   * invalid_transition: not from the claim's status; reason_required: say why.
   */
  kind: "not_allowed" | "four_eyes" | "invalid_transition" | "reason_required";
  message: string;
};

export type ReviewOutcome = {
  ok: true;
  toStatus: ClaimStatus;
  /** Approvals of the current content once this decision is recorded. */
  approvals: number;
  requiredApprovals: number;
};

const statusWords: Record<ClaimStatus, string> = {
  draft: "draft",
  submitted: "submitted",
  approved: "approved",
  rejected: "rejected",
  changes_requested: "sent back for changes",
};

export const actionLabels: Record<ReviewAction, string> = {
  submit: "Submit for review",
  approve: "Approve",
  reject: "Reject",
  request_changes: "Request changes",
};

const fromStatuses: Record<ReviewAction, readonly ClaimStatus[]> = {
  submit: ["draft", "changes_requested"],
  approve: ["submitted"],
  reject: ["submitted"],
  request_changes: ["submitted"],
};

const fromPhrases: Record<ReviewAction, string> = {
  submit: "drafts and claims sent back for changes",
  approve: "submitted claims",
  reject: "submitted claims",
  request_changes: "submitted claims",
};

const verbs: Record<ReviewAction, string> = {
  submit: "submitted",
  approve: "approved",
  reject: "rejected",
  request_changes: "sent back for changes",
};

/** Whether `action` may be taken now, ignoring the reason (see decideReview). */
export function checkReviewAction(context: ReviewContext, action: ReviewAction): ReviewOutcome | ReviewRefusal {
  const { claim, actor } = context;
  const approvals = context.approvedBy.length;
  const requiredApprovals = Math.max(1, context.requiredApprovals);

  if (action === "submit") {
    if (!can(actor.role, "claim:create")) return refuse("not_allowed", `Your role (${actor.role}) cannot submit claims for review.`);
    if (!can(actor.role, "claim:edit-any") && claim.createdById !== actor.userId) {
      return refuse("not_allowed", "Researchers can only submit their own claims.");
    }
  } else if (!can(actor.role, "claim:review")) {
    return refuse("not_allowed", `Your role (${actor.role}) cannot review claims; a reviewer or owner decides.`);
  }

  if (!fromStatuses[action].includes(claim.status)) {
    return refuse("invalid_transition", `This claim is ${statusWords[claim.status]}; only ${fromPhrases[action]} can be ${verbs[action]}.`);
  }

  if (action === "approve") {
    if (claim.createdById === actor.userId) {
      return refuse("four_eyes", "You created this claim, so you cannot approve it: another reviewer must check it (four-eyes rule).");
    }
    if (claim.updatedById === actor.userId) {
      return refuse("four_eyes", "You edited this claim last, so you cannot approve it: another reviewer must check your edit (four-eyes rule).");
    }
    if (context.approvedBy.includes(actor.userId)) {
      return refuse(
        "four_eyes",
        `You have already approved this claim; it needs ${requiredApprovals} approvals from different reviewers.`,
      );
    }
    const after = approvals + 1;
    return { ok: true, toStatus: after >= requiredApprovals ? "approved" : "submitted", approvals: after, requiredApprovals };
  }

  const toStatus: Record<Exclude<ReviewAction, "approve">, ClaimStatus> = {
    submit: "submitted",
    reject: "rejected",
    request_changes: "changes_requested",
  };
  return { ok: true, toStatus: toStatus[action], approvals: 0, requiredApprovals };
}

/** The full decision: the transition must be allowed, and rejecting or requesting changes needs a reason. */
export function decideReview(context: ReviewContext, action: ReviewAction, reason?: string | null): ReviewOutcome | ReviewRefusal {
  const outcome = checkReviewAction(context, action);
  if (!outcome.ok) return outcome;
  if (needsReason(action) && !reason?.trim()) {
    return refuse("reason_required", action === "reject" ? "Say why you reject this claim." : "Say what should change.");
  }
  return outcome;
}

export type ReasonedVerdict = "reject" | "request_changes";

export function needsReason(action: ReviewAction): action is ReasonedVerdict {
  return action === "reject" || action === "request_changes";
}

/** Every action with whether it is available now and, if not, why: for buttons and hints. */
export function availableReviewActions(context: ReviewContext): Record<ReviewAction, ReviewOutcome | ReviewRefusal> {
  return Object.fromEntries(reviewActions.map((action) => [action, checkReviewAction(context, action)])) as Record<
    ReviewAction,
    ReviewOutcome | ReviewRefusal
  >;
}

function refuse(kind: ReviewRefusal["kind"], message: string): ReviewRefusal {
  return { ok: false, kind, message };
}
