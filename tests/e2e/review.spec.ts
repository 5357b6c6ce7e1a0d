import { expect, test } from "@playwright/test";
import { openReviewQueue, researcherClaim, reviewerAtSubmittedClaim, signIn, talatayeText } from "./helpers";

test("the researcher submits “MSA casualties: exactly 4” and the reviewer approves it from the queue with the keyboard", async ({ page, request }) => {
  const { claim, headers } = await researcherClaim(request);

  const submitted = await request.post(`/api/v1/claims/${claim.id}/submit`, { headers, data: { version: claim.version } });
  expect(submitted.status()).toBe(200);
  expect((await submitted.json()).claim).toMatchObject({ status: "submitted" });

  await signIn(page, "reviewer@demo.test");
  await openReviewQueue(page);
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Keyboard shortcuts" })).toContainText("Approve");

  const items = page.getByTestId("queue-item");
  const mine = items.filter({ has: page.locator(`a[href="/projects/demo/claims/${claim.id}"]`) });
  await expect(mine).toHaveCount(1);
  // Side by side: the value, the quote in its context, the attribution chain.
  await expect(mine.getByRole("region", { name: "Value" })).toContainText("exactly 4");
  await expect(mine.getByRole("region", { name: "Evidence in context" }).locator("mark")).toHaveText("4 (per MSA)");
  await expect(mine.getByRole("region", { name: "Attribution chain" })).toContainText("Movement for the Salvation of Azawad");

  // Oldest first: step down with j until this claim is the active one, then approve with a.
  const hrefs = await items.locator("h2 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const position = hrefs.indexOf(`/projects/demo/claims/${claim.id}`);
  expect(position).toBeGreaterThanOrEqual(0);
  await expect(items.first()).toHaveAttribute("aria-current", "true");
  for (let step = 0; step < position; step += 1) await page.keyboard.press("j");
  await expect(mine).toHaveAttribute("aria-current", "true");
  await expect(mine.getByRole("button", { name: /^Approve:/ })).toHaveAttribute("aria-keyshortcuts", "A");
  await page.keyboard.press("a");

  await expect(mine.getByTestId("review-status")).toHaveText("Approved");
  await expect(mine.getByTestId("review-summary")).toContainText("Approved by Rémi Reviewer");
  await expect(page.getByTestId("queue-announcement")).toContainText("now approved");

  await page.goto(`/projects/demo/claims/${claim.id}`);
  await expect(page.getByTestId("claim-status")).toHaveText("Approved");
  await expect(page.getByRole("region", { name: "Review decisions" })).toContainText("Approved by Rémi Reviewer");
});

test("rejecting from the queue asks for a reason, and the researcher finds the decision in the inbox", async ({ page, request }) => {
  const { claim, item: mine } = await reviewerAtSubmittedClaim(page, request);
  await mine.getByRole("button", { name: /^Reject:/ }).focus();
  await page.keyboard.press("r");
  const dialog = page.getByRole("dialog", { name: "Reject this claim" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Reject claim" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("A reason is required.");
  await dialog.getByLabel("Why do you reject it?").fill("The infobox gives 4 for the MSA alone, not the MSA and JNIM.");
  await page.keyboard.press("Control+Enter");
  await expect(dialog).toBeHidden();
  await expect(mine.getByTestId("review-status")).toHaveText("Rejected");

  await page.context().clearCookies();
  await signIn(page, "researcher@demo.test");
  await page.goto("/inbox");
  const notice = page.getByTestId("inbox-item").filter({ hasText: "The infobox gives 4 for the MSA alone" });
  await expect(notice).toContainText("Rémi Reviewer rejected");
  await expect(notice.getByRole("link", { name: "Open" })).toHaveAttribute("href", `/projects/demo/claims/${claim.id}`);
});

test("a reviewer discusses a claim in a comment that mentions the researcher, who finds it in the inbox", async ({ page, request }) => {
  const { item: mine } = await reviewerAtSubmittedClaim(page, request);
  await mine.getByText("Discuss this claim").click();
  const thread = mine.getByTestId("comment-thread");
  await expect(thread).toContainText("No comments yet.");

  const editor = thread.getByRole("textbox", { name: "Write a comment on this claim" });
  await editor.click();
  await page.keyboard.press("Control+b");
  await page.keyboard.type("Check");
  await page.keyboard.press("Control+b");
  await page.keyboard.type(" the infobox, ");
  await page.keyboard.type("@Ran");
  await expect(thread.getByRole("option", { name: "Rania Researcher" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  // Typing in the comment is text, not queue commands: "a" did not approve anything.
  await page.keyboard.type("and add the category.");
  await thread.getByRole("button", { name: "Post comment" }).click();

  const posted = thread.locator(".comment");
  await expect(posted).toHaveCount(1);
  await expect(posted.locator(".comment__body strong")).toHaveText("Check");
  await expect(posted.locator(".mention")).toHaveText("@Rania Researcher");
  await expect(posted).toContainText("and add the category.");
  await expect(mine.getByTestId("review-status")).toHaveText("Submitted");

  await page.context().clearCookies();
  await signIn(page, "researcher@demo.test");
  await page.goto("/inbox");
  const notice = page.getByTestId("inbox-item").filter({ hasText: "and add the category." }).first();
  await expect(notice).toContainText("Rémi Reviewer mentioned you on the claim");
});

test("the reviewer bulk-approves a selection made with x and the checkboxes", async ({ page, request }) => {
  const first = await researcherClaim(request);
  const second = await researcherClaim(request);
  for (const { claim, headers } of [first, second]) {
    expect((await request.post(`/api/v1/claims/${claim.id}/submit`, { headers, data: {} })).status()).toBe(200);
  }

  await signIn(page, "reviewer@demo.test");
  await openReviewQueue(page);
  const item = (id: string) => page.getByTestId("queue-item").filter({ has: page.locator(`a[href="/projects/demo/claims/${id}"]`) });
  // x selects the active claim: make the first one active by focusing its heading link.
  await item(first.claim.id).getByRole("link").first().focus();
  await page.keyboard.press("x");
  await expect(item(first.claim.id).getByRole("checkbox")).toBeChecked();
  await item(second.claim.id).getByRole("checkbox").check();
  await page.getByRole("button", { name: "Approve selected (2)" }).click();

  await expect(page.getByTestId("queue-announcement")).toContainText("2 of 2 selected claims approved.");
  for (const { claim } of [first, second]) {
    await expect(item(claim.id).getByTestId("review-status")).toHaveText("Approved");
  }
});

test("a claim whose evidence a new revision changed waits on the review page until a reviewer confirms it", async ({ page, request }) => {
  const { claim, headers, copy } = await researcherClaim(request);
  const text = `${talatayeText.replace("4 (per MSA)", "5 (per MSA)")}\n${copy.title}\n`;
  const revision = await request.post(`/api/v1/sources/${copy.sourceId}/revisions`, { headers, data: { text, format: "plain" } });
  expect(revision.status()).toBe(201);
  expect((await revision.json()).claimsToRecheck).toBe(1);

  await signIn(page, "reviewer@demo.test");
  await page.goto("/projects/demo/review");
  const recheck = page.getByRole("region", { name: /^Needs re-check/ });
  const item = recheck.getByTestId("recheck-item").filter({ has: page.locator(`a[href="/projects/demo/claims/${claim.id}"]`) });
  await expect(item).toContainText("Revision 2 changed the words of its evidence “4 (per MSA)”");
  await item.getByRole("button", { name: "Confirm it still holds" }).click();
  await expect(item).toHaveCount(0);

  await page.goto(`/projects/demo/claims/${claim.id}`);
  await expect(page.getByTestId("recheck-notice")).toHaveCount(0);
  await expect(page.getByText("Re-checked")).toBeVisible();
});
