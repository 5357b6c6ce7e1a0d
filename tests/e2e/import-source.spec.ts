import { expect, test } from "@playwright/test";
import { signIn, talatayeText } from "./helpers";

test("a researcher imports sources by upload and paste; bad or duplicate texts are reported, not stored", async ({ page }) => {
  await signIn(page, "researcher@demo.test");
  await page.goto("/projects/demo");
  await page.getByRole("button", { name: "Import a source…" }).click();
  const form = page.getByRole("form", { name: "Import a source" });

  // The same text as a demo source: reported with a link to the existing one.
  await form.getByLabel("Title", { exact: true }).fill("Talataye again");
  await form.getByLabel("Text", { exact: true }).fill(talatayeText);
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("alert")).toContainText("This exact text is already in the project");
  await expect(form.getByRole("link", { name: "Open it" })).toBeVisible();

  // A file that is not UTF-8.
  await form.getByLabel(/upload a file/).setInputFiles({ name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from([0x54, 0xe9, 0x6c, 0xe9]) });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("alert")).toHaveText("The file is not UTF-8 text. Save it as UTF-8 and try again.");

  // An HTML upload is reduced to text; scripts never reach the page.
  const unique = `Communiqué ${Date.now()}`;
  await form.getByLabel("Title", { exact: true }).fill(unique);
  await form.getByLabel("Outlet", { exact: true }).fill("Le Monde");
  await form.getByLabel(/upload a file/).setInputFiles({
    name: "article.html",
    mimeType: "text/html",
    buffer: Buffer.from(`<h1>${unique}</h1><p>Les frappes aériennes n'ont pas eu lieu.</p><script>window.pwned = 1</script>`, "utf8"),
  });
  await expect(form.getByRole("combobox", { name: /^Format/ })).toHaveValue("html");
  await form.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1, name: unique })).toBeVisible();
  const reader = page.getByRole("document", { name: /Source text/ });
  await expect(reader).toContainText("Les frappes aériennes n'ont pas eu lieu.");
  await expect(reader).not.toContainText("<script>");
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
