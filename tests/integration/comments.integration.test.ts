import { describe, expect, it } from "vitest";
import { commentBodySchema } from "@/lib/review/comment-body";
import { createComment } from "@/lib/server/comments/create-comment";
import { listComments } from "@/lib/server/comments/list-comments";
import { countUnread } from "@/lib/server/notifications/count-unread";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { inboxQuerySchema } from "@/lib/notifications/inbox-input";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import { testDb } from "./factories";
import { msaClaim, reviewProject, type ReviewProject } from "./review-factories";

const db = () => testDb();

const mention = (id: string, label = "someone") => ({ type: "mention", attrs: { id, label } });
const body = (...inline: unknown[]) => commentBodySchema.parse({ type: "doc", content: [{ type: "paragraph", content: inline }] });

async function conflictOf(setup: ReviewProject) {
  await msaClaim(setup, setup.members.researcher, 4);
  await msaClaim(setup, setup.members.researcher, 60);
  return db().conflict.findFirstOrThrow({ where: { projectId: setup.project.id } });
}

describe("comments", () => {
  it("stores a claim comment as sanitized JSON with mentions relabelled, audits it and notifies the mentioned member", async () => {
    const setup = await reviewProject();
    const { researcher, reviewer } = setup.members;
    const claim = await msaClaim(setup);
    const comment = await createComment(
      db(),
      researcher,
      { type: "claim", id: claim.id },
      body(
        { type: "text", text: "Please check " },
        mention(reviewer.userId, "a spoofed name"),
        { type: "text", text: " the MSA statement", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
      ),
    );
    expect(comment.body).toEqual(
      body({ type: "text", text: "Please check " }, mention(reviewer.userId, "reviewer user"), { type: "text", text: " the MSA statement" }),
    );
    expect((await db().comment.findUniqueOrThrow({ where: { id: comment.id } })).body).toEqual(comment.body);
    expect(await db().auditEvent.findFirst({ where: { objectType: "Comment", objectId: comment.id } })).toMatchObject({
      action: "comment.create",
      actorId: researcher.userId,
      after: { target: { type: "claim", id: claim.id }, excerpt: "Please check @reviewer user the MSA statement" },
    });

    const inbox = await listNotifications(db(), reviewer, inboxQuerySchema.parse({}));
    expect(inbox.notifications).toEqual([
      expect.objectContaining({
        kind: "comment.mention",
        payload: expect.objectContaining({ commentId: comment.id, actorName: "researcher user", target: { type: "claim", id: claim.id } }),
        href: `/projects/${setup.project.slug}/claims/${claim.id}`,
      }),
    ]);
    expect(await countUnread(db(), researcher)).toBe(0);

    const thread = await listComments(db(), setup.members.viewer, { type: "claim", id: claim.id });
    expect(thread.comments.map((c) => c.id)).toEqual([comment.id]);
    expect(thread.comments[0]!.author).toEqual({ id: researcher.userId, name: "researcher user" });
    expect(thread.canComment).toBe(false);
    expect(thread.members.map((m) => m.name)).toEqual(["owner user", "researcher user", "reviewer user", "viewer user"]);
  });

  it("does not notify the author for mentioning themselves", async () => {
    const setup = await reviewProject();
    const claim = await msaClaim(setup);
    await createComment(db(), setup.members.researcher, { type: "claim", id: claim.id }, body(mention(setup.members.researcher.userId)));
    expect(await db().notification.count({ where: { projectId: setup.project.id } })).toBe(0);
  });

  it("refuses a mention of someone outside the project, writing nothing", async () => {
    const setup = await reviewProject();
    const claim = await msaClaim(setup);
    await expect(
      createComment(db(), setup.members.researcher, { type: "claim", id: claim.id }, body({ type: "text", text: "hey " }, mention(setup.outsider.userId))),
    ).rejects.toMatchObject({ status: 400, message: "Only members of this project can be mentioned." });
    expect(await db().comment.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await db().notification.count({ where: { userId: setup.outsider.userId } })).toBe(0);
  });

  it("threads on conflicts too, resolving the project from the conflict", async () => {
    const setup = await reviewProject();
    const conflict = await conflictOf(setup);
    const comment = await createComment(
      db(),
      setup.members.reviewer,
      { type: "conflict", id: conflict.id },
      body({ type: "text", text: "MSA counts only its own dead; " }, mention(setup.members.owner.userId)),
    );
    const thread = await listComments(db(), setup.members.researcher, { type: "conflict", id: conflict.id });
    expect(thread.comments.map((c) => c.id)).toEqual([comment.id]);
    expect(thread.canComment).toBe(true);
    const [notification] = (await listNotifications(db(), setup.members.owner, inboxQuerySchema.parse({}))).notifications;
    expect(notification).toMatchObject({
      payload: { target: { type: "conflict", id: conflict.id }, targetLabel: conflict.explanation },
      href: `/projects/${setup.project.slug}/conflicts?conflictId=${conflict.id}`,
    });
  });

  it("lets viewers read but not write, and hides threads from non-members", async () => {
    const setup = await reviewProject();
    const claim = await msaClaim(setup);
    const conflict = await conflictOf(setup);
    const hello = body({ type: "text", text: "hello" });
    await expect(createComment(db(), setup.members.viewer, { type: "claim", id: claim.id }, hello)).rejects.toMatchObject({ status: 403 });
    await expect(createComment(db(), setup.outsider, { type: "claim", id: claim.id }, hello)).rejects.toMatchObject({
      status: 404,
      message: "Claim was not found.",
    });
    await expect(createComment(db(), setup.outsider, { type: "conflict", id: conflict.id }, hello)).rejects.toMatchObject({
      status: 404,
      message: "Conflict was not found.",
    });
    await expect(listComments(db(), setup.outsider, { type: "claim", id: claim.id })).rejects.toMatchObject({ status: 404 });
    await expect(listComments(db(), setup.members.viewer, { type: "claim", id: "missing" })).rejects.toMatchObject({ status: 404 });
  });
});

describe("inbox", () => {
  it("marks the user's own notifications read, never anyone else's, and hides those of projects they left", async () => {
    const setup = await reviewProject();
    const { researcher, reviewer, owner } = setup.members;
    const claim = await msaClaim(setup);
    const target = { type: "claim" as const, id: claim.id };
    await createComment(db(), researcher, target, body(mention(reviewer.userId)));
    await createComment(db(), researcher, target, body(mention(reviewer.userId), mention(owner.userId)));
    const [newest, oldest] = (await listNotifications(db(), reviewer, inboxQuerySchema.parse({}))).notifications;
    const ownersNotification = (await listNotifications(db(), owner, inboxQuerySchema.parse({}))).notifications[0]!;

    expect(await markNotificationsRead(db(), owner, { ids: [newest!.id] })).toEqual({ updated: 0 });
    expect(await markNotificationsRead(db(), reviewer, { ids: [oldest!.id, ownersNotification.id] })).toEqual({ updated: 1 });
    const afterOne = await listNotifications(db(), reviewer, inboxQuerySchema.parse({}));
    expect(afterOne.unreadCount).toBe(1);
    expect(afterOne.notifications.map((n) => n.isRead)).toEqual([false, true]);
    expect((await listNotifications(db(), reviewer, inboxQuerySchema.parse({ unread: "true" }))).notifications.map((n) => n.id)).toEqual([newest!.id]);
    expect(await markNotificationsRead(db(), reviewer, { all: true })).toEqual({ updated: 1 });
    expect(await countUnread(db(), owner)).toBe(1);

    await db().membership.delete({ where: { projectId_userId: { projectId: setup.project.id, userId: owner.userId } } });
    expect(await countUnread(db(), owner)).toBe(0);
    expect((await listNotifications(db(), owner, inboxQuerySchema.parse({}))).notifications).toEqual([]);
  });
});
