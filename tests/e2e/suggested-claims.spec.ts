import { expect, test, type Page } from "@playwright/test";
import { apiToken, createTalatayeCopy, expectServerParser, signIn } from "./helpers";

async function pickSubject(page: Page, label: string, name: string) {
  await page.getByRole("combobox", { name: label }).fill(name);
  await page.getByRole("option", { name: new RegExp(name.replace(/[()]/g, "\\$&")) }).first().click();
}

test("the researcher steps through suggested claims with the keyboard, accepts one, edits one and dismisses one for good", async ({ page, request }) => {
  const copy = await createTalatayeCopy(request, await apiToken(request, "researcher@demo.test"), "suggested");
  await signIn(page, "researcher@demo.test");
  await page.goto(copy.url);
  await page.locator(".source-reader__document").waitFor();

  await page.getByRole("button", { name: "Suggest claims" }).click();
  const panel = page.getByRole("complementary", { name: /Suggested claims/ });
  const items = panel.getByTestId("candidate-item");
  await expect(items.first()).toBeVisible();
  const total = await items.count();
  expect(total).toBeGreaterThanOrEqual(3);
  await expect(page.locator(".highlight-legend .sg")).toHaveText("Suggested claim");
  await expect(page.locator(".source-reader .sg").first()).toBeVisible();

  // n / p step through them, in the list and in the text, from the reader as from anywhere else.
  const focused = panel.locator('[aria-current="true"]');
  const first = await focused.textContent();
  await page.locator(".source-reader__document").focus();
  await page.keyboard.press("n");
  await expect(focused).not.toHaveText(first!);
  const second = await focused.textContent();
  await expect(page.locator(".source-reader .sg--focused").first()).toBeInViewport();
  await page.keyboard.press("p");
  await expect(focused).toHaveText(first!);

  // Accept the first as it stands: a highlight and a draft claim about the battle.
  await pickSubject(page, "Accepted claims are about", "Battle of Talataye (2022)");
  const firstQuote = (await items.first().locator(".annotation-item__quote").textContent())!;
  await panel.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claim saved" })).toContainText("Battle of Talataye (2022)");
  await expect(items).toHaveCount(total - 1);
  await expect(page.locator(".source-reader .hl--draft").first()).toBeVisible();
  await expect(panel).not.toContainText(firstQuote);

  // Edit the next one in the claim form: change its lower bound, then save.
  await expect(focused).toHaveText(second!);
  await panel.getByRole("button", { name: "Edit…" }).click();
  const form = page.getByRole("form", { name: "New claim" });
  await expect(form).toBeVisible();
  await expect(form.getByLabel("Kind")).not.toHaveValue("");
  await pickSubject(page, "Subject", "Battle of Talataye (2022)");
  const lower = form.getByLabel(/Lower bound|Number/);
  await lower.fill("321");
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claim saved" })).toContainText("321");
  await expect(items).toHaveCount(total - 2);

  // Dismiss the next one; after a reload it stays gone, and so do the two recorded.
  const dismissedQuote = (await panel.locator('[aria-current="true"] .annotation-item__quote').textContent())!;
  await panel.getByRole("button", { name: "Dismiss" }).click();
  await expect(items).toHaveCount(total - 3);
  await expect(panel).toContainText("3 dismissed or already recorded");

  await page.reload();
  await page.getByRole("button", { name: "Suggest claims" }).click();
  await expect(items).toHaveCount(total - 3);
  await expect(panel).not.toContainText(dismissedQuote);
  await expect(panel).toContainText("3 dismissed or already recorded");

  // The edited claim holds the researcher's figure.
  await page.goto(`/projects/demo/claims?sourceId=${copy.sourceId}`);
  await expect(page.getByRole("row").filter({ hasText: "321" })).toHaveCount(1);
});

test("on a phone the suggestions are a sheet, and a viewer reads them without actions", async ({ page, request }) => {
  const copy = await createTalatayeCopy(request, await apiToken(request, "owner@demo.test"), "suggested-phone");
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "viewer@demo.test");
  await page.goto(copy.url);
  await page.getByRole("button", { name: "Suggest claims" }).click();
  const panel = page.getByRole("complementary", { name: /Suggested claims/ });
  await expect(panel.getByTestId("candidate-item").first()).toBeVisible();
  await expect(panel.getByRole("button", { name: "Accept" })).toHaveCount(0);
  await panel.getByRole("button", { name: "Hide" }).click();
  await expect(panel.getByTestId("candidate-item").first()).toBeHidden();
});

test("the production server reads a selection with the parser's libraries as installed", async ({ request }) => {
  await expectServerParser(request, await apiToken(request, "researcher@demo.test"));
});
