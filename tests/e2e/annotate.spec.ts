import { expect, test } from "@playwright/test";
import { apiToken, createTalatayeCopy, highlightedText, selectPhrase, signIn, talatayeText } from "./helpers";

const PHRASE = "airstrikes did not occur";

test("a researcher highlights a span that survives reload, overlaps another, and is re-anchored on a new revision", async ({ page, request }) => {
  const copy = await createTalatayeCopy(request, await apiToken(request, "researcher@demo.test"), "annotate");
  await signIn(page, "researcher@demo.test");
  await page.goto(copy.url);
  const panel = page.getByRole("complementary", { name: /Annotations/ });

  await selectPhrase(page, PHRASE);
  await expect(page.getByRole("toolbar", { name: "Selection actions" })).toBeVisible();
  // The row shows at once; the reload below must wait until the server has stored it.
  const stored = page.waitForResponse((response) => response.request().method() === "POST" && response.url().endsWith("/annotations"));
  await page.keyboard.press("h");
  expect((await stored).status()).toBe(201);
  await expect(panel.getByTestId("annotation-item")).toHaveCount(1);
  await expect(panel.getByTestId("annotation-item").first()).toContainText(PHRASE);

  await page.reload();
  await expect(panel.getByTestId("annotation-item")).toHaveCount(1);
  expect(await highlightedText(page)).toBe(PHRASE);

  // An overlapping span: both stay visible, the shared words carry both highlights.
  await selectPhrase(page, "Le Monde, which stated that airstrikes");
  await page.getByRole("button", { name: /^Highlight/ }).click();
  await expect(panel.getByTestId("annotation-item")).toHaveCount(2);
  const overlap = page.locator(".source-reader__document [data-highlight-ids*=' ']");
  await expect(overlap).toHaveText("airstrikes");

  // A new revision inserts a paragraph before the spans: they move, and still cover the same words.
  await page.getByRole("button", { name: "New revision…" }).click();
  const revised = `${talatayeText.replace("== Battle ==", "An editor's note added before the battle section.\n\n== Battle ==")}\n${copy.title}\n`;
  await page.getByLabel("New text").fill(revised);
  await page.getByRole("button", { name: "Save revision" }).click();
  await expect(page.getByRole("status")).toContainText("0 anchored, 2 moved, 0 fuzzy, 0 orphaned");
  await expect(page.getByRole("link", { name: "2 (current)" })).toHaveAttribute("aria-current", "page");
  await expect(panel.getByTestId("anchor-status")).toHaveText(["moved", "moved"]);
  const items = panel.getByTestId("annotation-item");
  await items.filter({ hasText: PHRASE }).click();
  const activeId = await page.locator(".source-reader__document .hl--active").first().getAttribute("data-highlight-ids");
  expect(activeId).toBeTruthy();
  expect(await highlightedText(page, activeId!.split(" ").at(-1))).toContain("airstrikes");

  // The first revision still shows the original anchoring.
  await page.getByRole("link", { name: "1", exact: true }).click();
  await expect(page.getByRole("document", { name: "Source text, revision 1" })).toBeVisible();
  await expect(panel.getByTestId("anchor-status")).toHaveCount(0);
});

test("keyboard: j and k move between highlights", async ({ page, request }) => {
  const copy = await createTalatayeCopy(request, await apiToken(request, "researcher@demo.test"), "keyboard");
  await signIn(page, "researcher@demo.test");
  await page.goto(copy.url);
  for (const phrase of ["Ménaka Region", "6–7 September 2022"]) {
    await selectPhrase(page, phrase);
    await page.keyboard.press("h");
    await expect(page.locator(".source-reader__document [data-highlight-ids]").filter({ hasText: phrase })).toHaveCount(1);
  }
  // The last highlight made is active; j moves forward in the text, k back.
  await expect(page.locator(".hl--active").first()).toHaveText("6–7 September 2022");
  await page.getByRole("textbox", { name: "Source text" }).focus();
  await page.keyboard.press("j");
  await expect(page.locator(".hl--active").first()).toHaveText("Ménaka Region");
  await page.keyboard.press("k");
  await expect(page.locator(".hl--active").first()).toHaveText("6–7 September 2022");
  await expect(page.getByRole("complementary", { name: /Annotations/ }).locator("[aria-current='true']")).toContainText("6–7 September 2022");
});
