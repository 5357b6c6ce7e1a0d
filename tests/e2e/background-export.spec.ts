import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { signIn } from "./helpers";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

test("the reviewer exports the demo dataset in the background: a progress bar with counts, then the version's zip", async ({ page }) => {
  await signIn(page, "reviewer@demo.test");
  await page.goto("/projects/demo/export");
  const section = page.getByRole("region", { name: "Export in the background" });
  await section.getByRole("button", { name: "Export in the background" }).click();

  const progress = section.getByRole("progressbar", { name: "Background export progress" });
  await expect(progress).toBeVisible();
  // The worker is a process of its own: the job is done when its download link appears, and the bar is full by then.
  const link = section.getByRole("link", { name: /^Download version \d+ \(zip\)$/ });
  await expect(link).toBeVisible({ timeout: 60_000 });
  await expect(section.getByText(/^(\d+) of \1 files$/)).toBeVisible();
  const max = await progress.getAttribute("max");
  expect(Number(max)).toBeGreaterThan(5);
  await expect(progress).toHaveAttribute("value", max!);

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^demo-v\d+\.zip$/);
  const files = unzipSync(await readFile((await download.path())!));
  const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"])) as { files: { path: string; sha256: string }[] };
  expect(manifest.files).toHaveLength(Number(max));
  for (const file of manifest.files) expect(sha256(files[file.path]!), file.path).toBe(file.sha256);
});
