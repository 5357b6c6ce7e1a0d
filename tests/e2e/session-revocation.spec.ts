import { expect, test } from "@playwright/test";
import { apiToken, DEMO_PASSWORD, signIn } from "./helpers";

const NEW_PASSWORD = "a-brand-new-passphrase";

async function changePasswordInTheBrowser(page: import("@playwright/test").Page, current: string, next: string) {
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Change your password" });
  await form.getByLabel("Current password").fill(current);
  await form.getByLabel(/New password/).fill(next);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password was changed and every session ended");
}

test("changing the password ends the user's sessions and API tokens at once", async ({ page, request, browser }) => {
  const token = await apiToken(request, "owner@demo.test");
  const headers = { authorization: `Bearer ${token}` };
  expect((await request.get("/api/v1/projects", { headers })).status()).toBe(200);

  // A second browser session of the same user.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, "owner@demo.test");

  await signIn(page, "owner@demo.test");
  const wrong = page.getByRole("form", { name: "Change your password" });
  await page.goto("/account");
  await wrong.getByLabel("Current password").fill("not-my-password");
  await wrong.getByLabel(/New password/).fill(NEW_PASSWORD);
  await wrong.getByRole("button", { name: "Change password" }).click();
  await expect(wrong.getByRole("alert")).toHaveText("The current password is wrong.");

  await changePasswordInTheBrowser(page, DEMO_PASSWORD, NEW_PASSWORD);
  expect((await request.get("/api/v1/projects", { headers })).status()).toBe(401);
  await otherPage.goto("/projects");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();

  // Put the demo password back for everyone else.
  await signIn(page, "owner@demo.test", NEW_PASSWORD);
  await changePasswordInTheBrowser(page, NEW_PASSWORD, DEMO_PASSWORD);
  await signIn(page, "owner@demo.test");
});
