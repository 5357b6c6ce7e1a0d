import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { apiToken, signIn } from "./helpers";

test("the owner imports the demo dataset into a new project: a progress bar counts the claims to done, and the activity list shows the import", async ({
  page,
  request,
}, testInfo) => {
  const token = await apiToken(request, "owner@demo.test");
  const headers = { authorization: `Bearer ${token}` };
  const projects = (await (await request.get("/api/v1/projects", { headers })).json()) as { projects: { id: string; slug: string }[] };
  const demo = projects.projects.find((project) => project.slug === "demo")!;
  const exported = await request.get(`/api/v1/projects/${demo.id}/export?format=jsonl&status=approved,submitted,draft`, { headers });
  expect(exported.status()).toBe(200);
  const file = testInfo.outputPath("demo.jsonl");
  await writeFile(file, await exported.body());
  const claimCount = (await exported.text()).split("\n").filter((line) => line.startsWith('{"kind":"claim"')).length;
  expect(claimCount).toBeGreaterThan(0);

  const slug = `imported-${Date.now()}`;
  const created = await request.post("/api/v1/projects", { headers, data: { name: `Imported ${slug}`, slug } });
  expect(created.status()).toBe(201);

  await signIn(page, "owner@demo.test");
  await page.goto(`/projects/${slug}/import`);
  const section = page.getByRole("region", { name: "Import a dataset" });
  await section.getByLabel("JSON Lines export").setInputFiles(file);
  await section.getByRole("button", { name: "Import" }).click();

  const progress = section.getByRole("progressbar", { name: "Import progress" });
  await expect(progress).toBeVisible();
  // The worker is a process of its own: the bar is full and the report is shown once the job is done.
  await expect(section.getByText("Done.", { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(section.getByText(`${claimCount} of ${claimCount} claims`, { exact: true })).toBeVisible();
  await expect(progress).toHaveAttribute("value", String(claimCount));
  await expect(section.getByText(new RegExp(`^Imported ${claimCount} claims, `))).toBeVisible();

  await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Activity" }).click();
  await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
  const row = page.getByTestId("activity-job").filter({ hasText: "Import" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Done.");
  await expect(row).toContainText("by ");
  await expect(row).toContainText(`Imported ${claimCount} claims`);
});

test("a viewer sees the project's activity list but not the import page", async ({ page }) => {
  await signIn(page, "viewer@demo.test");
  const activity = await page.goto("/projects/demo/activity");
  expect(activity?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
  expect((await page.goto("/projects/demo/import"))?.status()).toBe(403);
});
