import { unzipSync } from "fflate";
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

test("an owner renames a project and asks for two approvals on its settings page", async ({ page, request, browser }) => {
  const headers = { authorization: `Bearer ${await apiToken(request, "owner@demo.test")}` };
  const created = await request.post("/api/v1/projects", { headers, data: { name: `Settings ${Date.now()}` } });
  const { project } = await created.json();
  await signIn(page, "owner@demo.test");
  await page.goto(`/projects/${project.slug}`);
  await page.getByRole("link", { name: "Project settings" }).click();
  const form = page.getByRole("form", { name: "Project settings" });
  // "Contact name" is a field of the form too.
  await form.getByLabel("Name", { exact: true }).fill(`${project.name} (renamed)`);
  await form.getByLabel("Approvals a claim needs").selectOption("2");
  await form.getByLabel("Licence").selectOption("CC-BY-4.0");
  await form.getByLabel("Authors, one a line").fill("Diallo, Aminata\nSahel Monitoring Collective");
  await form.getByLabel("Contact email").fill("data@sahel.example");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByRole("status")).toHaveText("Settings saved.");
  // What the form saved is what every export of the project now cites.
  const zip = unzipSync(new Uint8Array(await (await request.get(`/api/v1/projects/${project.id}/export`, { headers })).body()));
  const citation = new TextDecoder().decode(zip["CITATION.cff"]);
  expect(citation).toContain("Diallo");
  expect(citation).toContain("Sahel Monitoring Collective");
  expect(citation).toContain("CC-BY-4.0");
  expect(JSON.parse(new TextDecoder().decode(zip["datapackage.json"]))).toMatchObject({ licenses: [expect.objectContaining({ name: "CC-BY-4.0" })] });
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
