import { expect, test } from "@playwright/test";
import { apiToken, signIn } from "./helpers";

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
  // An empty project says what to do first.
  await expect(page.getByRole("region", { name: "Start here" })).toContainText("Import a source");
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

test("an owner adds a member, changes their role and removes them; the last owner is kept", async ({ page, request }) => {
  const headers = { authorization: `Bearer ${await apiToken(request, "owner@demo.test")}` };
  const created = await request.post("/api/v1/projects", { headers, data: { name: `Members ${Date.now()}` } });
  expect(created.status()).toBe(201);
  const { project } = await created.json();

  await signIn(page, "owner@demo.test");
  await page.goto(`/projects/${project.slug}`);
  const add = page.getByRole("form", { name: "Add a member" });
  await add.getByLabel("Email of an existing account").fill("reviewer@demo.test");
  await add.getByLabel("Role").selectOption("viewer");
  await add.getByRole("button", { name: "Add member" }).click();
  const role = page.getByLabel("Role of Rémi Reviewer");
  await expect(role).toHaveValue("viewer");

  await role.selectOption("reviewer");
  await expect(page.getByRole("status").filter({ hasText: "is now reviewer" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Role of Rémi Reviewer")).toHaveValue("reviewer");

  await page.getByLabel("Role of Olivia Owner").selectOption("viewer");
  await expect(page.getByRole("alert").filter({ hasText: "last owner" })).toBeVisible();
  await expect(page.getByLabel("Role of Olivia Owner")).toHaveValue("owner");
  await page.getByRole("button", { name: "Remove Rémi Reviewer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "no longer a member" })).toBeVisible();
  await expect(page.getByLabel("Role of Rémi Reviewer")).toHaveCount(0);
});

test("an owner renames a project and asks for two approvals on its settings page", async ({ page, request, browser }) => {
  const headers = { authorization: `Bearer ${await apiToken(request, "owner@demo.test")}` };
  const created = await request.post("/api/v1/projects", { headers, data: { name: `Settings ${Date.now()}` } });
  const { project } = await created.json();
  await signIn(page, "owner@demo.test");
  await page.goto(`/projects/${project.slug}`);
  await page.getByRole("link", { name: "Project settings" }).click();
  const form = page.getByRole("form", { name: "Project settings" });
  await form.getByLabel("Name").fill(`${project.name} (renamed)`);
  await form.getByLabel("Approvals a claim needs").selectOption("2");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByRole("status")).toHaveText("Settings saved.");
  await page.goto(`/projects/${project.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${project.name} (renamed)`);

  // Someone who is not an owner does not get the page.
  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await signIn(viewer, "viewer@demo.test");
  const response = await viewer.goto(`/projects/demo/settings`);
  expect(response?.status()).toBe(403);
  await viewerContext.close();
});
