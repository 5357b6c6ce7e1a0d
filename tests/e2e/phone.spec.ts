import { expect, test, type Page } from "@playwright/test";
import { apiToken, createTalatayeCopy, selectPhrase, signIn } from "./helpers";

/** The researcher's and reviewer's journeys on a 390 px phone. */
test.use({ viewport: { width: 390, height: 844 } });

async function expectNothingWiderThanTheScreen(page: Page) {
  const widest = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(widest).toBeLessThanOrEqual(390);
}

test("on a phone the reader keeps its panel one tap away and the selection toolbar on screen, clear of the selection", async ({ page, request }) => {
  const copy = await createTalatayeCopy(request, await apiToken(request, "researcher@demo.test"), "phone");
  await signIn(page, "researcher@demo.test");
  await page.goto(copy.url);
  expect((await page.locator(".app-header").boundingBox())!.height).toBeLessThan(80);
  await expectNothingWiderThanTheScreen(page);

  // The panel is a sheet along the bottom: reachable at once, not 4,000 px down.
  const panel = page.getByRole("complementary", { name: /Annotations/ });
  await expect(panel.getByRole("heading", { name: /^Annotations/ })).toBeInViewport();
  await panel.getByRole("button", { name: "Show" }).click();
  await expect(panel.getByText("Select text in the source to highlight it.")).toBeInViewport();
  await panel.getByRole("button", { name: "Hide" }).click();

  await selectPhrase(page, "4 (per MSA)");
  const toolbar = page.getByRole("toolbar", { name: "Selection actions" });
  await expect(toolbar).toBeInViewport({ ratio: 1 });
  const bar = (await toolbar.boundingBox())!;
  const selected = await page.evaluate(() => {
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom };
  });
  expect(bar.y >= selected.bottom || bar.y + bar.height <= selected.top, "the toolbar does not cover the selected words").toBe(true);

  const stored = page.waitForResponse((response) => response.request().method() === "POST" && response.url().endsWith("/annotations"));
  await toolbar.getByRole("button", { name: /^Highlight/ }).click();
  expect((await stored).status()).toBe(201);
  await panel.getByRole("button", { name: "Show" }).click();
  await expect(panel.getByTestId("annotation-item")).toHaveCount(1);
});

test("on a phone the claims table fits the screen and the review queue shows its first claim on the first screen", async ({ page }) => {
  await signIn(page, "reviewer@demo.test");
  await page.goto("/projects/demo/claims");
  await expect(page.getByTestId("claim-row").first()).toBeVisible();
  await expectNothingWiderThanTheScreen(page);

  await page.goto("/projects/demo/review");
  await expect(page.getByTestId("queue-item").first()).toBeInViewport();
  await expectNothingWiderThanTheScreen(page);
});
