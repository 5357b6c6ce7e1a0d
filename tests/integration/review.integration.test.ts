import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { auditFiltersSchema } from "@/lib/audit/audit-filters";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { inboxQuerySchema } from "@/lib/notifications/inbox-input";
import { bulkApprove } from "@/lib/server/reviews/bulk-approve";
import { getClaimReview } from "@/lib/server/reviews/get-claim-review";
import { reviewClaim } from "@/lib/server/reviews/review-claim";
import { reviewQueue } from "@/lib/server/reviews/review-queue";
import { reviewQueueFiltersSchema } from "@/lib/review/review-input";
import { setRequiredApprovals } from "@/lib/server/reviews/set-required-approvals";
import { submitClaim } from "@/lib/server/reviews/submit-claim";
import { createSource, corpus, testDb } from "./factories";
import { msaClaim, reviewProject, submittedClaim } from "./review-factories";

const db = () => testDb();

describe("review workflow", () => {
  it("takes a claim from draft through submission to approval, recording each decision, audit event and notification", async () => {
    const setup = await reviewProject();
    const { researcher, reviewer } = setup.members;
    const claim = await msaClaim(setup);

    const submitted = await submitClaim(db(), researcher, claim.id, { version: 1 });
    expect(submitted.claim).toMatchObject({ status: "submitted", version: 2 });
    expect(submitted.review.actions.submit).toMatchObject({ isAllowed: false, kind: "invalid_transition" });

    const approved = await reviewClaim(db(), reviewer, claim.id, { decision: "approve", reason: "Matches the infobox", version: 2 });
    expect(approved.claim).toMatchObject({ status: "approved", version: 3 });
    expect(approved.review.decisions).toEqual([
      expect.objectContaining({ decision: "submit", fromStatus: "draft", toStatus: "submitted", claimVersion: 1, reviewer: { id: researcher.userId, name: "researcher user" } }),
      expect.objectContaining({ decision: "approve", fromStatus: "submitted", toStatus: "approved", claimVersion: 2, reason: "Matches the infobox", reviewer: { id: reviewer.userId, name: "reviewer user" } }),
    ]);

    const rows = await db().reviewDecision.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.decision, r.reviewerId, r.claimVersion])).toEqual([
      ["submit", researcher.userId, 1],
      ["approve", reviewer.userId, 2],
    ]);
    const events = await db().auditEvent.findMany({ where: { objectType: "Claim", objectId: claim.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["claim.create", "claim.submit", "claim.approve"]);
    expect(events[2]).toMatchObject({
      actorId: reviewer.userId,
      before: { status: "submitted", version: 2 },
      after: { status: "approved", version: 3, decision: "approve", reason: "Matches the infobox", approvals: 1, requiredApprovals: 1 },
    });

    const inbox = await listNotifications(db(), researcher, inboxQuerySchema.parse({}));
    expect(inbox.unreadCount).toBe(1);
    expect(inbox.notifications[0]).toMatchObject({
      kind: "review.decision",
      payload: { claimId: claim.id, decision: "approve", toStatus: "approved", actorName: "reviewer user" },
      href: `/projects/${setup.project.slug}/claims/${claim.id}`,
      isRead: false,
    });
    expect(inbox.notifications[0]!.payload).toMatchObject({ claimLabel: expect.stringContaining("Movement for the Salvation of Azawad") });
    expect((await listNotifications(db(), reviewer, inboxQuerySchema.parse({}))).unreadCount).toBe(0);
  });

  it("sends a claim back with a reason, lets the author revise and resubmit it, and rejects with a reason", async () => {
    const setup = await reviewProject();
    const { researcher, reviewer } = setup.members;
    const claim = await submittedClaim(setup);

    await expect(reviewClaim(db(), reviewer, claim.id, { decision: "request_changes" })).rejects.toMatchObject({
      status: 400,
      message: "Say what should change.",
      details: { fields: [{ path: "reason", message: "Say what should change." }] },
    });
    await expect(reviewClaim(db(), reviewer, claim.id, { decision: "reject", reason: "   " })).rejects.toMatchObject({ status: 400 });
    expect(await db().reviewDecision.count({ where: { claimId: claim.id } })).toBe(1);

    const sentBack = await reviewClaim(db(), reviewer, claim.id, { decision: "request_changes", reason: "Add the IS figure as a separate claim" });
    expect(sentBack.claim.status).toBe("changes_requested");
    await updateClaim(db(), { actor: researcher, claimId: claim.id, update: { version: sentBack.claim.version, note: "Only the MSA figure" } });
    const resubmitted = await submitClaim(db(), researcher, claim.id, {});
    expect(resubmitted.claim.status).toBe("submitted");

    const rejected = await reviewClaim(db(), reviewer, claim.id, { decision: "reject", reason: "Duplicate of another claim" });
    expect(rejected.claim.status).toBe("rejected");
    await expect(submitClaim(db(), researcher, claim.id, {})).rejects.toMatchObject({ status: 409, code: "invalid_transition" });

    const kinds = (await listNotifications(db(), researcher, inboxQuerySchema.parse({}))).notifications.map((n) => n.payload);
    expect(kinds).toEqual([
      expect.objectContaining({ decision: "reject", reason: "Duplicate of another claim" }),
      expect.objectContaining({ decision: "request_changes", reason: "Add the IS figure as a separate claim" }),
    ]);
  });

  it("refuses transitions the state machine does not allow with 409, changing nothing", async () => {
    const setup = await reviewProject();
    const claim = await msaClaim(setup);
    await expect(reviewClaim(db(), setup.members.reviewer, claim.id, { decision: "approve" })).rejects.toMatchObject({
      status: 409,
      code: "invalid_transition",
      message: "This claim is draft; only submitted claims can be approved.",
    });
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "draft", version: 1 });
    expect(await db().auditEvent.count({ where: { objectId: claim.id } })).toBe(1);
  });

  it("answers a stale version with 409, and lets only one of two concurrent decisions land", async () => {
    const setup = await reviewProject();
    const claim = await submittedClaim(setup);
    await expect(reviewClaim(db(), setup.members.reviewer, claim.id, { decision: "approve", version: 1 })).rejects.toMatchObject({
      status: 409,
      code: "stale_version",
    });
    const outcomes = await Promise.allSettled([
      reviewClaim(db(), setup.members.reviewer, claim.id, { decision: "approve", version: claim.version }),
      reviewClaim(db(), setup.members.owner, claim.id, { decision: "reject", reason: "No", version: claim.version }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { status: 409 } });
    expect(await db().reviewDecision.count({ where: { claimId: claim.id } })).toBe(2);
  });

  it("does not let a reviewer of another project decide on this project's claim", async () => {
    const setup = await reviewProject();
    const claim = await submittedClaim(setup);
    const other = await reviewProject();
    await expect(reviewClaim(db(), other.members.reviewer, claim.id, { decision: "approve" })).rejects.toMatchObject({ status: 404 });
    await expect(getClaimReview(db(), other.members.reviewer, claim.id)).rejects.toMatchObject({ status: 404 });
  });

  it("sends an approved claim back to review when it is edited", async () => {
    const setup = await reviewProject();
    const claim = await submittedClaim(setup);
    const approved = await reviewClaim(db(), setup.members.reviewer, claim.id, { decision: "approve" });
    const edited = await updateClaim(db(), { actor: setup.members.owner, claimId: claim.id, update: { version: approved.claim.version, note: "Clarified" } });
    expect(edited.status).toBe("submitted");
    const review = await getClaimReview(db(), setup.members.owner, claim.id);
    expect(review.actions.approve).toMatchObject({ isAllowed: false, kind: "four_eyes" });
  });
});

describe("four eyes", () => {
  it("forbids approving your own claim with 403 and a clear message", async () => {
    const setup = await reviewProject();
    const claim = await submittedClaim(setup, setup.members.reviewer);
    await expect(reviewClaim(db(), setup.members.reviewer, claim.id, { decision: "approve" })).rejects.toMatchObject({
      status: 403,
      code: "forbidden",
      message: "You created this claim, so you cannot approve it: another reviewer must check it (four-eyes rule).",
    });
    expect((await reviewClaim(db(), setup.members.owner, claim.id, { decision: "approve" })).claim.status).toBe("approved");
  });

  it("forbids approving a claim you edited last, even one someone else created", async () => {
    const setup = await reviewProject();
    const claim = await submittedClaim(setup);
    await updateClaim(db(), { actor: setup.members.reviewer, claimId: claim.id, update: { version: claim.version, note: "Fixed the category" } });
    await expect(reviewClaim(db(), setup.members.reviewer, claim.id, { decision: "approve" })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("You edited this claim last"),
    });
    expect((await reviewClaim(db(), setup.members.owner, claim.id, { decision: "approve" })).claim.status).toBe("approved");
  });

  it("needs two different reviewers when the owner sets two required approvals, and an edit resets the count", async () => {
    const setup = await reviewProject();
    const { owner, reviewer } = setup.members;
    await expect(setRequiredApprovals(db(), reviewer, setup.project.id, { requiredApprovals: 2 })).rejects.toMatchObject({ status: 403 });
    await setRequiredApprovals(db(), owner, setup.project.id, { requiredApprovals: 2 });
    expect(await db().auditEvent.findFirst({ where: { objectType: "Project", objectId: setup.project.id } })).toMatchObject({
      action: "project.update",
      before: { requiredApprovals: 1 },
      after: { requiredApprovals: 2 },
    });

    const claim = await submittedClaim(setup);
    const first = await reviewClaim(db(), reviewer, claim.id, { decision: "approve" });
    expect(first.claim.status).toBe("submitted");
    expect(first.review).toMatchObject({ approvals: 1, requiredApprovals: 2 });
    await expect(reviewClaim(db(), reviewer, claim.id, { decision: "approve" })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("already approved"),
    });

    // An edit after the first approval means the second reviewer would approve different content: start over.
    await updateClaim(db(), { actor: owner, claimId: claim.id, update: { version: first.claim.version, note: "Edited between approvals" } });
    const afterEdit = await getClaimReview(db(), reviewer, claim.id);
    expect(afterEdit.approvals).toBe(0);
    const again = await reviewClaim(db(), reviewer, claim.id, { decision: "approve" });
    expect(again.claim.status).toBe("submitted");

    const otherReviewer = setup.outsider;
    await db().membership.create({ data: { projectId: setup.project.id, userId: otherReviewer.userId, role: "reviewer" } });
    const second = await reviewClaim(db(), otherReviewer, claim.id, { decision: "approve" });
    expect(second.claim.status).toBe("approved");
    expect(second.review).toMatchObject({ approvals: 0, requiredApprovals: 2 });
    expect(second.review.decisions.filter((d) => d.decision === "approve").map((d) => d.toStatus)).toEqual(["submitted", "submitted", "approved"]);
  });
});

describe("review queue", () => {
  it("lists submitted claims oldest first, with filters and the actor's options", async () => {
    const setup = await reviewProject();
    const { researcher, reviewer } = setup.members;
    const first = await submittedClaim(setup);
    const second = await submittedClaim(setup, reviewer, 60);
    await msaClaim(setup); // a draft never shows

    const queue = (filters: Record<string, string> = {}, actor = reviewer) =>
      reviewQueue(db(), actor, setup.project.id, reviewQueueFiltersSchema.parse(filters));
    const all = await queue();
    expect(all.items.map((i) => i.claim.id)).toEqual([first.id, second.id]);
    expect(all.items[0]!.claim.evidence[0]).toMatchObject({ exact: "4 (per MSA)", prefix: expect.any(String), suffix: expect.any(String) });
    expect(all.items[0]!.claim.attribution[0]).toMatchObject({ role: "origin", label: "Movement for the Salvation of Azawad" });
    expect(all.items[0]!.review.actions.approve.isAllowed).toBe(true);
    expect(all.items[1]!.review.actions.approve).toMatchObject({ isAllowed: false, kind: "four_eyes" });

    expect((await queue({ sourceId: setup.source.id })).total).toBe(2);
    expect((await queue({ propertyId: setup.vocabulary.civilianDeaths.id })).total).toBe(0);
    expect((await queue({ entityId: setup.vocabulary.msa.id })).total).toBe(2);
    expect((await queue({ entityId: setup.vocabulary.acled.id })).total).toBe(0);
    // 4 and 60 contradict each other: both are in an open conflict.
    expect((await queue({ hasConflict: "true" })).total).toBe(2);
    expect((await queue({ hasConflict: "false" })).total).toBe(0);

    const forResearcher = await queue({}, researcher);
    expect(forResearcher.items[0]!.review.actions.approve).toMatchObject({ isAllowed: false, kind: "not_allowed" });
    await expect(queue({}, setup.outsider)).rejects.toMatchObject({ status: 404 });

    const other = await createSource(setup.members.owner, setup.project.id, corpus.tinzaouaten, "Battle of Tinzaouaten (2024)");
    expect((await queue({ sourceId: other.source.id })).total).toBe(0);
  });

  it("bulk-approves a selection, reporting each claim it could not approve and why", async () => {
    const setup = await reviewProject();
    const { reviewer } = setup.members;
    const a = await submittedClaim(setup);
    const b = await submittedClaim(setup, setup.members.researcher, 17);
    const own = await submittedClaim(setup, reviewer, 60);
    const elsewhere = await reviewProject();
    const foreign = await submittedClaim(elsewhere);

    const result = await bulkApprove(db(), reviewer, setup.project.id, {
      claims: [
        { claimId: a.id, version: a.version },
        { claimId: b.id, version: b.version - 1 },
        { claimId: own.id, version: own.version },
        { claimId: foreign.id, version: foreign.version },
      ],
    });
    expect(result.approved).toBe(1);
    expect(result.results.map((r) => [r.isApproved, r.status])).toEqual([
      [true, 200],
      [false, 409],
      [false, 403],
      [false, 404],
    ]);
    expect(result.results[2]).toMatchObject({ message: expect.stringContaining("four-eyes") });
    expect((await db().claim.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("submitted");
    await expect(bulkApprove(db(), setup.members.researcher, setup.project.id, { claims: [{ claimId: a.id, version: 1 }] })).rejects.toMatchObject({
      status: 403,
    });
  });
});

describe("audit page", () => {
  it("filters by actor, object type, object and day, pages by cursor, and is for reviewers and owners only", async () => {
    const setup = await reviewProject();
    const { researcher, reviewer, owner, viewer } = setup.members;
    const claim = await submittedClaim(setup);
    await reviewClaim(db(), reviewer, claim.id, { decision: "approve" });
    const list = (filters: Record<string, string>, actor = reviewer) =>
      listAuditEvents(db(), actor, setup.project.id, auditFiltersSchema.parse(filters));

    const all = await list({});
    expect(all.events[0]).toMatchObject({ action: "claim.approve", actor: { id: reviewer.userId, name: "reviewer user" } });
    expect(all.facets.objectTypes).toEqual(expect.arrayContaining(["Annotation", "Claim", "Source"]));
    expect(all.facets.actors.map((a) => a.id).sort()).toEqual([owner.userId, researcher.userId, reviewer.userId].sort());

    expect((await list({ actorId: researcher.userId })).events.map((e) => e.action)).toEqual(["claim.submit", "claim.create", "annotation.create"]);
    const history = await list({ objectType: "Claim", objectId: claim.id });
    expect(history.events.map((e) => e.action)).toEqual(["claim.approve", "claim.submit", "claim.create"]);
    expect((await list({ objectType: "Source" })).events.every((e) => e.objectType === "Source")).toBe(true);

    const today = new Date().toISOString().slice(0, 10);
    expect((await list({ from: today, to: today })).events).toHaveLength(all.events.length);
    expect((await list({ to: "2000-01-01" })).events).toHaveLength(0);

    const firstPage = await list({ limit: "2" });
    expect(firstPage.events).toHaveLength(2);
    const nextPage = await list({ limit: "2", before: firstPage.nextCursor! });
    expect(nextPage.events[0]!.id).toBe(all.events[2]!.id);

    await expect(list({}, researcher)).rejects.toMatchObject({ status: 403 });
    await expect(list({}, viewer)).rejects.toMatchObject({ status: 403 });
    await expect(list({}, setup.outsider)).rejects.toMatchObject({ status: 404 });
  });
});
