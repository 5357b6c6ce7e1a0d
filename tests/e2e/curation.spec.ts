import { expect, test } from "@playwright/test";
import { closedRound } from "./curation-helpers";
import { openReviewQueue, signIn } from "./helpers";

test("a curator accepts coders' claims with the keyboard, writes one of their own, and a reviewer approves the accepted claim from the queue", async ({ page, request }) => {
  const { claims, url } = await closedRound(request);

  await signIn(page, "owner@demo.test");
  await page.goto(url);
  await expect(page.getByRole("heading", { name: "Curate the coding round" })).toBeVisible();
  const board = page.locator(".curation-board");
  await expect(board).toHaveAttribute("data-shortcuts", "ready");
  await expect(page.getByRole("region", { name: "Keyboard shortcuts" })).toContainText("Accept coder N's claim");

  const units = page.getByTestId("curation-unit");
  await expect(units).toHaveCount(2);
  const [msa, acled] = [units.nth(0), units.nth(1)];
  // Side by side: a column per coder in the round's order, each with its value and the quote in context.
  await expect(msa.getByRole("region", { name: "Rania Researcher's coding" })).toContainText("exactly 4");
  await expect(msa.getByRole("region", { name: "Rémi Reviewer's coding" })).toContainText("exactly 5");
  await expect(msa.getByRole("region", { name: "Rania Researcher's coding" }).locator("mark")).toHaveText("4 (per MSA)");
  await expect(msa.getByRole("button", { name: "Accept Rémi Reviewer's claim" })).toHaveAttribute("aria-keyshortcuts", "2");

  // The first unit is active: 1 accepts the researcher's 4, and the board moves on to the next unit.
  await expect(msa).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("1");
  await expect(page.getByTestId("curation-announcement")).toContainText("Accepted Rania Researcher's claim — by Olivia Owner");
  await expect(msa.getByTestId("curation-decision")).toContainText("Accepted Rania Researcher's claim — by Olivia Owner");
  await expect(msa.getByRole("region", { name: "Rémi Reviewer's coding" })).toContainText("Curated away");
  await expect(acled).toHaveAttribute("aria-current", "true");

  // k and j move; a decided unit is not decided twice.
  await page.keyboard.press("k");
  await expect(msa).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("2");
  await expect(page.getByTestId("curation-announcement")).toContainText("is decided already");
  await page.keyboard.press("j");
  await expect(acled).toHaveAttribute("aria-current", "true");

  // w writes the curator's own reading of ACLED's count.
  await page.keyboard.press("w");
  const form = page.getByRole("form", { name: /^My own claim/ });
  await expect(form).toBeVisible();
  await form.getByLabel("Number").fill("18");
  await form.getByRole("button", { name: "Save and send to review" }).click();
  await expect(acled.getByTestId("curation-decision")).toContainText("Wrote their own claim — Olivia Owner: exactly 18");
  await expect(page.getByText("2 of 2 units curated.")).toBeVisible();

  // The reviewer finds the accepted claim in the queue, not the claims curated away, and approves it.
  await page.context().clearCookies();
  await signIn(page, "reviewer@demo.test");
  await openReviewQueue(page);
  const item = page.getByTestId("queue-item").filter({ has: page.locator(`a[href="/projects/demo/claims/${claims.researcherMsa}"]`) });
  await expect(item).toHaveCount(1);
  await expect(page.getByTestId("queue-item").filter({ has: page.locator(`a[href="/projects/demo/claims/${claims.reviewerMsa}"]`) })).toHaveCount(0);
  await item.getByRole("button", { name: /^Approve:/ }).focus();
  await page.keyboard.press("a");
  await expect(item.getByTestId("review-status")).toHaveText("Approved");
});

test("a researcher cannot curate a round", async ({ page, request }) => {
  const { url } = await closedRound(request);
  await signIn(page, "researcher@demo.test");
  const response = await page.goto(url);
  expect(response?.status()).toBe(403);
});
