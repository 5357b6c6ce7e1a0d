import { expect, test } from "@playwright/test";
import { apiToken, createTalatayeCopy, selectPhrase, signIn } from "./helpers";

test("from a selection in the Talataye text the researcher records “MSA casualties: exactly 4, per MSA”", async ({ page, request }) => {
  const copy = await createTalatayeCopy(request, await apiToken(request, "researcher@demo.test"), "claim");
  await signIn(page, "researcher@demo.test");
  await page.goto(copy.url);

  await selectPhrase(page, "4 (per MSA)");
  await page.keyboard.press("c");
  const form = page.getByRole("form", { name: "New claim" });
  await expect(form).toBeVisible();

  // Suggestions are offered, and applied only on request.
  const suggestions = form.getByRole("region", { name: "Suggestions from the selected words" });
  await expect(suggestions).toContainText("exactly 4");
  await expect(suggestions).toContainText("Attribution: MSA");
  await suggestions.getByRole("button", { name: "Use this value" }).first().click();
  await suggestions.getByRole("button", { name: "Use this attribution" }).click();

  await form.getByRole("combobox", { name: "Subject" }).fill("JNIM-MSA");
  await form.getByRole("option", { name: /MSA and JNIM forces/ }).click();
  await form.getByLabel("Property").selectOption({ label: "Casualties (count)" });
  await expect(form.getByLabel("Kind")).toHaveValue("exact");
  await expect(form.getByLabel("Number")).toHaveValue("4");
  await expect(form.getByRole("combobox", { name: "Entity" }).first()).toHaveValue("Movement for the Salvation of Azawad");
  await form.getByRole("button", { name: "Save claim" }).click();

  await expect(page.getByRole("status")).toContainText("Claim saved: MSA and JNIM forces · Casualties: exactly 4");
  const panel = page.getByRole("complementary", { name: /Annotations/ });
  await expect(panel.getByTestId("annotation-item")).toContainText("MSA and JNIM forces · Casualties");
  await expect(panel.getByTestId("annotation-item")).toContainText("Draft");

  await page.goto(`/projects/demo/claims?sourceId=${copy.sourceId}`);
  const rows = page.getByRole("row").filter({ hasText: "MSA and JNIM forces" });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("exactly 4");
  await expect(rows).toContainText("Movement for the Salvation of Azawad");
});

test("from the claims page the researcher quotes the evidence and records a range with its attribution", async ({ page, request }) => {
  const copy = await createTalatayeCopy(request, await apiToken(request, "researcher@demo.test"), "claims-page");
  await signIn(page, "researcher@demo.test");
  await page.goto("/projects/demo/claims");
  await page.getByRole("button", { name: "New claim…" }).click();
  const evidence = page.getByRole("form", { name: "Evidence for a new claim" });
  await evidence.getByLabel("Source").selectOption({ label: copy.title });
  await evidence.getByLabel("Quoted words").fill("not in the text at all");
  await evidence.getByRole("button", { name: "Find the words" }).click();
  await expect(evidence.getByRole("alert")).toContainText("not found");
  await evidence.getByLabel("Quoted words").fill("30–45+ civilians killed (per local officials)");
  await evidence.getByRole("button", { name: "Find the words" }).click();

  const form = page.getByRole("form", { name: "New claim" });
  const suggestions = form.getByRole("region", { name: "Suggestions from the selected words" });
  await expect(suggestions).toContainText("at least 30");
  await suggestions.getByRole("button", { name: "Use this value" }).first().click();
  await suggestions.getByRole("button", { name: "Use this attribution" }).click();
  await expect(form.getByLabel("Kind")).toHaveValue("range");
  await expect(form.getByLabel("Victim group")).toHaveValue("civilians");
  await form.getByRole("combobox", { name: "Subject" }).fill("Talataye");
  await form.getByRole("option", { name: /Battle of Talataye \(2022\)/ }).click();
  await form.getByLabel("Property").selectOption({ label: "Civilian deaths (count)" });
  await expect(form.getByLabel("Lower bound")).toHaveValue("30");
  await form.getByRole("button", { name: "Save claim" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /Battle of Talataye \(2022\) · Civilian deaths/ })).toBeVisible();
  await expect(page.getByText("“30–45+ civilians killed (per local officials)”").first()).toBeVisible();
  await expect(page.getByText("local officials").first()).toBeVisible();
});
