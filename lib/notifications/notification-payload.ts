import { z } from "zod";
import { ClaimStatus, ReviewDecisionKind } from "@/lib/db/generated/enums";

/**
 * What each kind of notification carries. The row stores `kind` in its own
 * column and the rest as `payload`; both are validated on the way in and out.
 */
export const reviewDecisionPayloadSchema = z.object({
  claimId: z.string(),
  claimLabel: z.string(),
  decision: z.enum(ReviewDecisionKind),
  toStatus: z.enum(ClaimStatus),
  reason: z.string().nullable(),
  actorName: z.string(),
  approvals: z.number().int(),
  requiredApprovals: z.number().int(),
});

export const commentTargetTypeSchema = z.enum(["claim", "conflict", "annotation"]);
export type CommentTargetType = z.infer<typeof commentTargetTypeSchema>;

export const mentionPayloadSchema = z.object({
  commentId: z.string(),
  target: z.object({ type: commentTargetTypeSchema, id: z.string() }),
  targetLabel: z.string(),
  excerpt: z.string(),
  actorName: z.string(),
});

export const notificationSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("review.decision"), payload: reviewDecisionPayloadSchema }),
  z.object({ kind: z.literal("comment.mention"), payload: mentionPayloadSchema }),
]);
export type NotificationContent = z.infer<typeof notificationSchema>;
