import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a signed-in user creates a project from the conflict-monitoring template and lands in it as its owner", async ({ page }) => {
  await signIn(page, "researcher@demo.test");
  await page.getByRole("button", { name: "New project" }).click();
  const form = page.getByRole("form", { name: "New project" });
  const name = `Menaka monitoring ${Date.now()}`;
  await form.getByLabel("Name").fill(name);
  await expect(form.getByLabel("Template")).toHaveValue("conflict-casualty-monitoring");
  await expect(form).toContainText("Casualties, civilian deaths");
  await form.getByRole("button", { name: "Create project" }).click();

  await expect(page).toHaveURL(new RegExp(`/projects/menaka-monitoring-${name.split(" ").at(-1)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await page.goto("/projects");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name }) });
  await expect(card).toContainText("Owner");

  // A taken address is refused in words, and nothing is created.
  await page.getByRole("button", { name: "New project" }).click();
  await form.getByLabel("Name").fill("Another");
  await form.getByLabel("Address (optional)").fill("demo");
  await form.getByRole("button", { name: "Create project" }).click();
  await expect(form.getByRole("alert")).toContainText(`The address "demo" is taken`);
});
