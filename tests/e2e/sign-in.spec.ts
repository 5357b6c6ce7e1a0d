import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a wrong password shows a clear error and keeps the user on the sign-in page", async ({ page }) => {
  await page.goto("/projects");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fprojects/);
  await page.getByLabel("Email").fill("researcher@demo.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the researcher signs in, opens the Talataye source and reads its text", async ({ page }) => {
  await signIn(page, "researcher@demo.test");
  await page.getByRole("link", { name: "Mali War: Talataye and Tinzaouaten" }).click();
  await expect(page.getByRole("heading", { name: "Mali War: Talataye and Tinzaouaten" })).toBeVisible();
  await page.getByRole("link", { name: "Battle of Talataye (2022)" }).click();
  const reader = page.getByRole("document", { name: /Source text/ });
  await expect(reader).toContainText("Le Monde, which stated that airstrikes did not occur, citing local sources.");
  await expect(reader).toContainText("Ménaka Region");
  await expect(reader.getByRole("heading", { name: /Background/ })).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "reviewer@demo.test");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/projects");
  await expect(page).toHaveURL(/\/sign-in/);
});
