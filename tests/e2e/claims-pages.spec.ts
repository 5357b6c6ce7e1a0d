import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// The demo seed records the reference scenario of DESIGN.md, so these pages have a real dataset to show.
// Other specs add claims on their own copies of the texts, so these look at the demo sources only.
test.describe("claims pages", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, "owner@demo.test");
  });

  test("filters, searches and pages through the claims, with the state in the URL", async ({ page }) => {
    await page.goto("/projects/demo/claims");
    await expect(page.getByRole("heading", { name: "Claims", level: 1 })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Project" });
    await expect(nav.getByRole("link", { name: "Claims" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Sources" })).not.toHaveAttribute("aria-current");
    const rows = page.getByTestId("claim-row");
    const filters = page.getByRole("form", { name: "Filter claims" });
    await filters.getByLabel("Source").selectOption({ label: "Battle of Talataye (2022)" });
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/sourceId=/);
    await expect(rows.filter({ hasText: "exactly 4 killed" })).toHaveCount(1);

    await filters.getByLabel("Search").fill("ACLED");
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]q=ACLED/);
    await expect(rows.filter({ hasText: "at least 17 killed" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "at least 30 killed" })).toHaveCount(1);
    for (const row of await rows.all()) await expect(row).toContainText("ACLED");

    await filters.getByLabel("Search").fill("");
    await filters.getByLabel("Entity").selectOption({ label: "MSA and JNIM forces" });
    await filters.getByLabel("Property").selectOption({ label: "Casualties" });
    await filters.getByLabel("Status").selectOption({ label: "Submitted" });
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/status=submitted/);
    await expect(rows.filter({ hasText: "exactly 4 killed" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "at least 60 killed" })).toHaveCount(0);
    for (const row of await rows.all()) {
      await expect(row).toContainText("MSA and JNIM forces");
      await expect(row).toContainText("Submitted");
    }
    // The form shows the filters the URL holds after a reload.
    await page.reload();
    await expect(page.getByRole("form", { name: "Filter claims" }).getByLabel("Status")).toHaveValue("submitted");

    await page.goto("/projects/demo/claims?hasConflict=true&pageSize=2");
    await expect(page.getByTestId("claim-count")).toContainText(/Showing 1–2 of \d+ claims/);
    for (const row of await rows.all()) await expect(row.getByText("conflict", { exact: true })).toBeVisible();
    await page.getByRole("navigation", { name: "Pages of claims" }).getByRole("link", { name: /Next/ }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page).toHaveURL(/hasConflict=true/);
    await expect(page.getByTestId("claim-count")).toContainText(/Showing 3–4 of \d+ claims/);

    await page.goto("/projects/demo/claims?status=bogus");
    await expect(page.getByRole("alert").filter({ hasText: "not valid" })).toContainText("ignored: status");
    await expect(rows.first()).toBeVisible();
  });

  test("a claim's page shows its value, evidence in context, chain, conflicts and history; a quote opens the source at the span", async ({
    page,
  }) => {
    await page.goto("/projects/demo/claims");
    const filters = page.getByRole("form", { name: "Filter claims" });
    await filters.getByLabel("Source").selectOption({ label: "Battle of Talataye (2022)" });
    await filters.getByLabel("Search").fill("MSA");
    await filters.getByRole("button", { name: "Apply" }).click();
    await page.getByRole("link", { name: /exactly 4 killed/ }).click();

    await expect(page.getByRole("heading", { name: "MSA and JNIM forces · Casualties", level: 1 })).toBeVisible();
    await expect(page.getByTestId("claim-value")).toHaveText("exactly 4 killed");
    await expect(page.getByTestId("claim-status")).toHaveText("Submitted");

    const evidence = page.getByRole("region", { name: /Evidence/ });
    await expect(evidence.getByTestId("evidence-quote")).toHaveCount(2);
    await expect(evidence.locator("mark").first()).toHaveText("4 (per MSA)");
    await expect(evidence).toContainText("Battle of Talataye (2022) · revision 1");

    const chain = page.getByRole("list", { name: /Attribution chain/ });
    const steps = chain.getByRole("listitem");
    await expect(steps).toHaveCount(2);
    await expect(steps.nth(0)).toContainText("Origin");
    await expect(steps.nth(0)).toContainText("Movement for the Salvation of Azawad");
    await expect(steps.nth(1)).toContainText("Reporting document");
    await expect(steps.nth(1)).toContainText("Battle of Talataye (2022)");

    // 4 against 60+ and 17+ for the same side: the seed's detection flags it.
    const conflicts = page.getByRole("region", { name: /Conflicts/ });
    await expect(conflicts.getByTestId("claim-conflict").first()).toBeVisible();
    await expect(conflicts).toContainText("the figures cannot both be true");

    const history = page.getByTestId("claim-history");
    await expect(history).toContainText("Created by Rania Researcher");
    await expect(history).toContainText("exactly 4 killed");
    await expect(page.getByRole("region", { name: "Review decisions" })).toContainText("Submitted for review");

    await evidence.getByRole("link", { name: /4 \(per MSA\)/ }).first().click();
    await expect(page).toHaveURL(/\/projects\/demo\/sources\/[^/?]+\?annotation=/);
    await expect(page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Sources" })).toHaveAttribute("aria-current", "page");
    const active = page.locator('.annotation-panel [aria-current="true"]');
    await expect(active).toHaveCount(1);
    await expect(active).toContainText("4 (per MSA)");
  });

  test("an unknown claim is not found", async ({ page }) => {
    const response = await page.goto("/projects/demo/claims/does-not-exist");
    expect(response?.status()).toBe(404);
  });
});
