import { expect, test } from "@playwright/test";
import { apiToken, createTalatayeCopy, selectPhrase, signIn, talatayeText } from "./helpers";

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

test("highlighting a span that is already highlighted offers the existing highlight instead of a second one", async ({ page, request }) => {
  const copy = await createTalatayeCopy(request, await apiToken(request, "researcher@demo.test"), "duplicate");
  await signIn(page, "researcher@demo.test");
  await page.goto(copy.url);
  const panel = page.getByRole("complementary", { name: /Annotations/ });

  await selectPhrase(page, "Talataye fell");
  const stored = page.waitForResponse((response) => response.request().method() === "POST" && response.url().endsWith("/annotations"));
  await page.keyboard.press("h");
  expect((await stored).status()).toBe(201);
  await expect(panel.getByTestId("annotation-item")).toHaveCount(1);

  let posts = 0;
  page.on("request", (request) => void (request.method() === "POST" && request.url().endsWith("/annotations") && posts++));
  // A click elsewhere in the text ends the first selection, as a reader's would.
  await page.locator(".source-reader__document h2").first().click();
  await selectPhrase(page, "Talataye fell");
  await page.keyboard.press("h");
  const warning = page.getByRole("status").filter({ hasText: "This span is already highlighted." });
  await expect(warning).toBeVisible();
  await warning.getByRole("button", { name: "Use the existing highlight" }).click();
  await expect(warning).toHaveCount(0);
  await expect(panel.getByTestId("annotation-item")).toHaveCount(1);
  expect(posts).toBe(0);
});

test("a highlight a new revision lost is re-attached by selecting its new place", async ({ page, request }) => {
  const token = await apiToken(request, "researcher@demo.test");
  const headers = { authorization: `Bearer ${token}` };
  const copy = await createTalatayeCopy(request, token, "reattach");
  const created = await request.post(`/api/v1/sources/${copy.sourceId}/annotations`, { headers, data: { quote: { exact: "4 (per MSA)" } } });
  expect(created.status()).toBe(201);
  const annotationId = (await created.json()).annotation.id as string;
  const text = `${talatayeText}\n${copy.title}\n`.replace("4 (per MSA)", "four, by the MSA's count");
  const revision = await request.post(`/api/v1/sources/${copy.sourceId}/revisions`, { headers, data: { text, format: "plain" } });
  expect(revision.status()).toBe(201);

  await signIn(page, "researcher@demo.test");
  await page.goto(copy.url);
  const panel = page.getByRole("complementary", { name: /Annotations/ });
  const row = panel.getByRole("listitem").filter({ hasText: "4 (per MSA)" });
  await expect(row.getByTestId("anchor-status")).toHaveText(/orphaned|fuzzy/);
  // Lost, it has no place to show: its row offers re-attaching at once.
  await row.getByRole("button", { name: "Re-attach…" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Select the new place of “4 (per MSA)”" })).toBeVisible();

  await selectPhrase(page, "four, by the MSA's count");
  const placed = page.waitForResponse((response) => response.url().endsWith(`/annotations/${annotationId}/anchor`));
  await page.getByRole("toolbar", { name: "Re-attach the highlight" }).getByRole("button", { name: "Re-attach here" }).click();
  expect((await placed).status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "Highlight re-attached to “four, by the MSA's count”." })).toBeVisible();
  await expect(row.getByTestId("anchor-status")).toHaveText("moved");

  await page.reload();
  await expect(page.locator(`.source-reader__document .hl[data-highlight-ids~="${annotationId}"]`).first()).toHaveText("four, by the MSA's count");
});
