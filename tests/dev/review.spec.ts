import { expect, test } from "@playwright/test";
import { reviewerAtSubmittedClaim } from "../e2e/helpers";

test("on npm run dev at 127.0.0.1, the reviewer requests changes with a reason and comments on the claim", async ({ page, request }) => {
  const { claim, item: mine } = await reviewerAtSubmittedClaim(page, request);
  await mine.getByRole("button", { name: /^Request changes:/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox").fill("Name the MSA's own statement as the origin.");
  await page.keyboard.press("Control+Enter");
  await expect(dialog).toBeHidden();
  await expect(mine.getByTestId("review-status")).toHaveText("Changes requested");

  await mine.getByText("Discuss this claim").click();
  const thread = mine.getByTestId("comment-thread");
  await thread.getByRole("textbox", { name: "Write a comment on this claim" }).click();
  await page.keyboard.type("The infobox cites the MSA directly.");
  await thread.getByRole("button", { name: "Post comment" }).click();
  await expect(thread.locator(".comment")).toContainText("The infobox cites the MSA directly.");

  await page.goto(`/projects/demo/claims/${claim.id}`);
  await expect(page.getByRole("region", { name: "Review decisions" })).toContainText("Name the MSA's own statement as the origin.");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in form posts, keeps the password out of the URL, and signs in", async ({ page }) => {
    await page.goto("/sign-in?callbackUrl=%2Finbox");
    await expect(page.locator("form")).toHaveAttribute("method", /post/i);
    await page.getByLabel("Email").fill("researcher@demo.test");
    await page.getByLabel("Password").fill("provenance-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/inbox$/);
    expect(page.url()).not.toContain("provenance-demo");
  });
});
