import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a researcher creates an API token on the account page, sees it once, uses it and revokes it", async ({ page, request }) => {
  await signIn(page, "researcher@demo.test");
  await page.goto("/account");
  const name = `notebook ${Date.now()}`;
  const form = page.getByRole("form", { name: "Create an API token" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Expires").selectOption("30");
  await form.getByRole("button", { name: "Create token" }).click();

  const shown = page.getByRole("status").getByLabel("New API token");
  await expect(shown).toHaveText(/^pe_/);
  const token = (await shown.textContent())!.trim();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("never");

  expect((await request.get("/api/v1/projects", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(200);
  await page.reload();
  // Shown once: after a reload only its name and dates remain, and now when it was last used.
  await expect(page.getByLabel("New API token")).toHaveCount(0);
  await expect(row.getByRole("cell").nth(2)).not.toHaveText("never");

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByRole("status")).toContainText(`“${name}” is revoked`);
  await expect(row).toHaveCount(0);
  expect((await request.get("/api/v1/projects", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);
});
