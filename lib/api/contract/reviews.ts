import { ClaimStatus, ReviewDecisionKind } from "@/lib/db/generated/enums";
import { confirmRecheckSchema } from "@/lib/claims/recheck-input";
import { commentBodySchema } from "@/lib/review/comment-body";
import { reviewActions } from "@/lib/review/review-rules";
import { auditFiltersSchema } from "@/lib/audit/audit-filters";
import { inboxQuerySchema, markReadSchema } from "@/lib/notifications/inbox-input";
import type { CommentTargetType } from "@/lib/notifications/notification-payload";
import { bulkApproveSchema, reviewClaimSchema, reviewQueueFiltersSchema, submitClaimSchema } from "@/lib/review/review-input";
import { defineRoute } from "../define-route";
import { claimSchema } from "@/lib/claims/claim-view-schema";
import { errorSchema, idSchema, z } from "../schemas";

const person = z.object({ id: z.string(), name: z.string() });

const availabilitySchema = z.discriminatedUnion("isAllowed", [
  z.object({ isAllowed: z.literal(true) }),
  z.object({ isAllowed: z.literal(false), kind: z.enum(["not_allowed", "four_eyes", "invalid_transition", "reason_required"]), message: z.string() }),
]);

export const reviewStateSchema = z
  .object({
    claimId: z.string(),
    status: z.enum(ClaimStatus),
    version: z.number().int(),
    requiredApprovals: z.number().int(),
    approvals: z.number().int().meta({ description: "Approvals of the current content so far (when more than one is required)." }),
    actions: z.object(Object.fromEntries(reviewActions.map((a) => [a, availabilitySchema])) as Record<(typeof reviewActions)[number], typeof availabilitySchema>),
    decisions: z.array(
      z.object({
        id: z.string(),
        decision: z.enum(ReviewDecisionKind),
        reason: z.string().nullable(),
        reviewer: person,
        fromStatus: z.enum(ClaimStatus),
        toStatus: z.enum(ClaimStatus),
        claimVersion: z.number().int(),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: "ClaimReview" });

const decisionResponse = z.object({ claim: claimSchema, review: reviewStateSchema });

export const submitClaimRoute = defineRoute({
  operationId: "submitClaim",
  method: "post",
  path: "/api/v1/claims/{claimId}/submit",
  summary: "Submit a draft (or a claim sent back for changes) for review. Researchers submit their own claims.",
  tag: "Reviews",
  params: z.object({ claimId: idSchema }),
  body: submitClaimSchema,
  response: { status: 200, description: "The submitted claim and its review state.", schema: decisionResponse },
  errors: [403, 404, 409],
});

export const getClaimReviewRoute = defineRoute({
  operationId: "getClaimReview",
  method: "get",
  path: "/api/v1/claims/{claimId}/reviews",
  summary: "A claim's review state: status, approvals, every decision, and what the caller may do now.",
  tag: "Reviews",
  params: z.object({ claimId: idSchema }),
  response: { status: 200, description: "The review state.", schema: z.object({ review: reviewStateSchema }) },
  errors: [404],
});

export const reviewClaimRoute = defineRoute({
  operationId: "reviewClaim",
  method: "post",
  path: "/api/v1/claims/{claimId}/reviews",
  summary:
    "Approve, reject or request changes on a submitted claim. `reason` is required to reject or request changes. Four eyes: approving a claim you created or edited last answers 403.",
  tag: "Reviews",
  params: z.object({ claimId: idSchema }),
  body: reviewClaimSchema,
  response: { status: 201, description: "The decided claim and its review state.", schema: decisionResponse },
  errors: [403, 404, 409],
});

export const reviewQueueRoute = defineRoute({
  operationId: "listReviewQueue",
  method: "get",
  path: "/api/v1/projects/{projectId}/review-queue",
  summary: "Submitted claims, oldest first, filterable by source, property, entity and open conflict.",
  tag: "Reviews",
  params: z.object({ projectId: idSchema }),
  query: reviewQueueFiltersSchema,
  response: {
    status: 200,
    description: "A page of the queue.",
    schema: z.object({
      items: z.array(z.object({ claim: claimSchema, review: reviewStateSchema })),
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
      requiredApprovals: z.number().int(),
    }),
  },
  errors: [404],
});

export const bulkApproveRoute = defineRoute({
  operationId: "bulkApprove",
  method: "post",
  path: "/api/v1/projects/{projectId}/review-queue/approve",
  summary: "Approve a selection of claims, each under the same rules as a single approval; each result says whether it was approved or why not.",
  tag: "Reviews",
  params: z.object({ projectId: idSchema }),
  body: bulkApproveSchema,
  response: {
    status: 200,
    description: "One result per claim.",
    schema: z.object({
      approved: z.number().int(),
      results: z.array(
        z.discriminatedUnion("isApproved", [
          z.object({ claimId: z.string(), isApproved: z.literal(true), status: z.literal(200), claimStatus: z.enum(ClaimStatus), review: reviewStateSchema }),
          z.object({ claimId: z.string(), isApproved: z.literal(false), status: z.number().int(), code: errorSchema.shape.error.shape.code, message: z.string() }),
        ]),
      ),
    }),
  },
  errors: [403, 404],
});

export const listAuditRoute = defineRoute({
  operationId: "listAudit",
  method: "get",
  path: "/api/v1/projects/{projectId}/audit",
  summary: "The project's append-only audit trail, newest first; filters: actorId, objectType, objectId (one object's history), from/to (days); cursor paging with `before`.",
  tag: "Audit",
  params: z.object({ projectId: idSchema }),
  query: auditFiltersSchema,
  response: {
    status: 200,
    description: "A page of audit events.",
    schema: z.object({
      events: z.array(
        z.object({
          id: z.string(),
          action: z.string(),
          objectType: z.string(),
          objectId: z.string(),
          actor: person.nullable(),
          before: z.unknown(),
          after: z.unknown(),
          createdAt: z.string(),
        }),
      ),
      nextCursor: z.string().nullable(),
      facets: z.object({ actors: z.array(person), objectTypes: z.array(z.string()) }),
    }),
  },
  errors: [403, 404],
});

/** TipTap JSON of the comment editor, described as an object: the document's schema is recursive. */
const commentDocumentSchema = commentBodySchema.meta({
  type: "object",
  description: "TipTap JSON: doc > paragraph | bulletList | orderedList; text with bold, italic, link (http, https, mailto); mention {id, label}; hardBreak.",
});

const commentSchema = z
  .object({ id: z.string(), author: person, body: commentDocumentSchema, createdAt: z.string(), updatedAt: z.string() })
  .meta({ id: "Comment" });

const threadSchema = z.object({ comments: z.array(commentSchema), members: z.array(person), canComment: z.boolean() });

/** The request body: TipTap JSON of the comment editor (paragraphs, lists, bold, italic, links, mentions). */
const commentInputSchema = z.object({ body: commentDocumentSchema });

function commentRoutes<P extends string>(target: CommentTargetType, param: P) {
  const params = z.object({ [param]: idSchema } as Record<P, typeof idSchema>);
  const path = `/api/v1/${target}s/{${param}}/comments`;
  const capitalized = target[0]!.toUpperCase() + target.slice(1);
  return {
    list: defineRoute({
      operationId: `list${capitalized}Comments`,
      method: "get",
      path,
      summary: `The comment thread of a ${target}, oldest first, with the members who can be mentioned.`,
      tag: "Comments",
      params,
      response: { status: 200, description: "The thread.", schema: threadSchema },
      errors: [404],
    }),
    create: defineRoute({
      operationId: `create${capitalized}Comment`,
      method: "post",
      path,
      summary: `Comment on a ${target}. The body is validated against the editor's schema and sanitized; mentioned members are notified.`,
      tag: "Comments",
      params,
      body: commentInputSchema,
      response: { status: 201, description: "The comment.", schema: z.object({ comment: commentSchema }) },
      errors: [403, 404],
    }),
  };
}

const claimComments = commentRoutes("claim", "claimId");
const conflictComments = commentRoutes("conflict", "conflictId");
export const listClaimCommentsRoute = claimComments.list;
export const createClaimCommentRoute = claimComments.create;
export const listConflictCommentsRoute = conflictComments.list;
export const createConflictCommentRoute = conflictComments.create;
const annotationComments = commentRoutes("annotation", "annotationId");
export const listAnnotationCommentsRoute = annotationComments.list;
export const createAnnotationCommentRoute = annotationComments.create;

/** The thread routes of each kind of comment target, for a component that serves all three. */
export const commentThreadRoutes = {
  claim: { ...claimComments, param: "claimId" },
  conflict: { ...conflictComments, param: "conflictId" },
  annotation: { ...annotationComments, param: "annotationId" },
} as const;

export const listInboxRoute = defineRoute({
  operationId: "listInbox",
  method: "get",
  path: "/api/v1/inbox",
  summary: "The caller's notifications (review decisions on their claims, mentions), newest first, with the unread count.",
  tag: "Inbox",
  query: inboxQuerySchema,
  response: {
    status: 200,
    description: "Notifications.",
    schema: z.object({
      notifications: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(["review.decision", "comment.mention"]),
          payload: z.record(z.string(), z.unknown()),
          project: z.object({ slug: z.string(), name: z.string() }),
          href: z.string(),
          isRead: z.boolean(),
          createdAt: z.string(),
        }),
      ),
      unreadCount: z.number().int(),
    }),
  },
});

export const markInboxReadRoute = defineRoute({
  operationId: "markInboxRead",
  method: "post",
  path: "/api/v1/inbox/read",
  summary: "Mark the caller's notifications read: `{ids: [...]}` or `{all: true}`.",
  tag: "Inbox",
  body: markReadSchema,
  response: { status: 200, description: "How many were marked.", schema: z.object({ updated: z.number().int() }) },
});

export const confirmRecheckRoute = defineRoute({
  operationId: "confirmRecheck",
  method: "post",
  path: "/api/v1/claims/{claimId}/recheck",
  summary:
    "Confirm that a claim marked for re-check (a new revision changed the words of its evidence, or lost it) still holds. " +
    "The claim's author, reviewers and owners confirm; editing the claim clears the mark too. Audited.",
  tag: "Reviews",
  params: z.object({ claimId: idSchema }),
  body: confirmRecheckSchema,
  response: { status: 200, description: "The mark is gone.", schema: z.object({ claimId: z.string(), needsRecheck: z.literal(false) }) },
  errors: [403, 404],
});
