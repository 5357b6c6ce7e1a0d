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
  await form.getByLabel("Property").selectOption({ label: "Casualties (quantity)" });
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
