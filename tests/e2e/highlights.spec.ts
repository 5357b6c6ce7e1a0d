import { expect, test } from "@playwright/test";
import { apiToken, createTalatayeCopy, selectPhrase, signIn } from "./helpers";

test("the claim form comes ready to type, names what is missing in words and focuses it; cancelling takes its highlight away", async ({ page, request }) => {
  const copy = await createTalatayeCopy(request, await apiToken(request, "researcher@demo.test"), "cancel");
  await signIn(page, "researcher@demo.test");
  await page.goto(copy.url);
  const panel = page.getByRole("complementary", { name: /Annotations/ });
  const before = await panel.getByTestId("annotation-item").count();

  await selectPhrase(page, "4 (per MSA)");
  await page.keyboard.press("c");
  const form = page.getByRole("form", { name: "New claim" });
  await expect(form).toBeInViewport();
  const subject = form.getByRole("combobox", { name: "Subject" });
  await expect(subject).toBeFocused();
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(form.getByRole("alert")).toContainText("Choose who or what the claim is about");
  await expect(form.getByRole("alert")).not.toContainText("Too small");
  await expect(subject).toBeFocused();

  await form.getByRole("button", { name: "Cancel" }).click();
  await expect(panel.getByTestId("annotation-item")).toHaveCount(before);
  await page.reload();
  await expect(page.getByRole("complementary", { name: /Annotations/ }).getByTestId("annotation-item")).toHaveCount(before);
});

test("its author deletes an unused highlight and can undo it", async ({ page, request }) => {
  const copy = await createTalatayeCopy(request, await apiToken(request, "researcher@demo.test"), "delete");
  await signIn(page, "researcher@demo.test");
  await page.goto(copy.url);
  const panel = page.getByRole("complementary", { name: /Annotations/ });
  const before = await panel.getByTestId("annotation-item").count();

  await selectPhrase(page, "Talataye fell");
  const stored = page.waitForResponse((response) => response.request().method() === "POST" && response.url().endsWith("/annotations"));
  await page.keyboard.press("h");
  expect((await stored).status()).toBe(201);
  await expect(panel.getByTestId("annotation-item")).toHaveCount(before + 1);

  const row = panel.getByRole("listitem").filter({ hasText: "Talataye fell" });
  await row.getByTestId("annotation-item").click();
  await row.getByRole("button", { name: "Delete highlight" }).click();
  await expect(page.getByRole("status").filter({ hasText: "deleted" })).toBeVisible();
  await expect(panel.getByTestId("annotation-item")).toHaveCount(before);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(panel.getByTestId("annotation-item")).toHaveCount(before + 1);
  await page.reload();
  await expect(page.getByRole("complementary", { name: /Annotations/ }).getByTestId("annotation-item")).toHaveCount(before + 1);
});

test("a claim saved in the reader is submitted for review from there", async ({ page, request }) => {
  const copy = await createTalatayeCopy(request, await apiToken(request, "researcher@demo.test"), "submit");
  await signIn(page, "researcher@demo.test");
  await page.goto(copy.url);
  await selectPhrase(page, "4 (per MSA)");
  await page.keyboard.press("c");
  const form = page.getByRole("form", { name: "New claim" });
  await form.getByRole("region", { name: "Suggestions from the selected words" }).getByRole("button", { name: "Use this value" }).first().click();
  await form.getByRole("combobox", { name: "Subject" }).fill("JNIM-MSA");
  await form.getByRole("option", { name: /MSA and JNIM forces/ }).click();
  await form.getByRole("button", { name: "Save claim" }).click();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Submitted for review: MSA and JNIM forces" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: /Annotations/ })).toBeVisible();
});
