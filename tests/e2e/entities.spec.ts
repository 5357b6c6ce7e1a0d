import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Names are unique per run so the spec can be repeated against the same database.
const run = Date.now().toString(36);

async function createEntity(page: Page, entity: { name: string; kind: string; aliases: string; qid?: string }) {
  const form = page.getByRole("form", { name: "Create an entity" });
  await form.getByLabel("Name").fill(entity.name);
  await form.getByLabel("Kind").selectOption({ label: entity.kind });
  await form.getByLabel("Aliases (comma-separated)").fill(entity.aliases);
  await form.getByLabel("Wikidata QID (optional)").fill(entity.qid ?? "");
  await form.getByRole("button", { name: "Create entity" }).click();
}

function entityRow(page: Page, name: string) {
  return page.getByTestId("entity-row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
}

test.describe("entities page", () => {
  test("create with aliases, see API errors, find by alias, edit in place, merge and see the aliases combined", async ({ page }) => {
    await signIn(page, "owner@demo.test");
    await page.goto("/projects/demo/entities");
    await expect(page.getByRole("heading", { name: "Entities", level: 1 })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Entities" })).toHaveAttribute("aria-current", "page");

    const keep = `Sahel Watch ${run}`;
    const merged = `Sahel Monitor ${run}`;
    const form = page.getByRole("form", { name: "Create an entity" });

    // 400: the API's message for the QID is shown beside the field.
    await createEntity(page, { name: keep, kind: "Organisation", aliases: `SW-${run}, Sahel Watchers ${run}`, qid: "X12" });
    await expect(form.getByRole("alert")).toContainText("A Wikidata QID looks like Q12345");
    await expect(form.getByLabel("Wikidata QID (optional)")).toHaveAttribute("aria-invalid", "true");

    await createEntity(page, { name: keep, kind: "Organisation", aliases: `SW-${run}, Sahel Watchers ${run}`, qid: "Q42" });
    await expect(form.getByRole("status")).toHaveText(`Created ${keep}.`);
    await expect(entityRow(page, keep)).toContainText(`SW-${run}`);

    // 409: the same name again.
    await createEntity(page, { name: keep, kind: "Organisation", aliases: "" });
    await expect(form.getByRole("alert")).toContainText(`An entity named "${keep}" already exists`);

    await createEntity(page, { name: merged, kind: "Media outlet", aliases: `SM-${run}` });
    await expect(form.getByRole("status")).toHaveText(`Created ${merged}.`);

    // Search matches aliases, not only names.
    const search = page.getByRole("search", { name: "Search entities" });
    await search.getByLabel("Name or alias").fill(`sm-${run}`);
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(new RegExp(`q=sm-${run}`));
    await expect(page.getByTestId("entity-row")).toHaveCount(1);
    await expect(entityRow(page, merged)).toBeVisible();

    // Edit in place: an invalid QID is refused with the API's message, a valid edit is saved.
    await entityRow(page, merged).getByRole("button", { name: `Edit ${merged}` }).click();
    const editor = page.getByRole("form", { name: `Edit ${merged}` });
    await editor.getByLabel("Wikidata QID").fill("Q0");
    await editor.getByRole("button", { name: "Save" }).click();
    await expect(editor.getByRole("alert")).toContainText("A Wikidata QID looks like Q12345");
    await editor.getByLabel("Kind").selectOption({ label: "Organisation" });
    await editor.getByLabel("Aliases (comma-separated)").fill(`SM-${run}, Monitor ${run}`);
    await editor.getByLabel("Wikidata QID").fill("Q7");
    await editor.getByRole("button", { name: "Save" }).click();
    await expect(editor).toHaveCount(0);
    await expect(entityRow(page, merged)).toContainText(`Monitor ${run}`);
    await expect(entityRow(page, merged)).toContainText("Organisation");
    await expect(entityRow(page, merged).getByRole("link", { name: "Q7" })).toBeVisible();

    // Merge: the confirmation says what happens, then the aliases combine on the entity that stays.
    await entityRow(page, merged).getByRole("button", { name: `Merge ${merged} into another entity` }).click();
    const dialog = page.getByRole("dialog", { name: `Merge “${merged}”` });
    await expect(dialog.getByRole("button", { name: "Merge", exact: true })).toBeDisabled();
    await dialog.getByLabel("Merge into").selectOption({ label: keep });
    await expect(dialog).toContainText(`Claims about “${merged}” will follow to “${keep}”`);
    await expect(dialog).toContainText(`will become aliases of “${keep}”`);
    await dialog.getByRole("button", { name: `Merge into ${keep}` }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: "Merged" })).toContainText(`Merged “${merged}” into “${keep}”`);

    await page.goto(`/projects/demo/entities?q=${encodeURIComponent(run)}`);
    await expect(page.getByTestId("entity-row")).toHaveCount(1);
    const aliases = entityRow(page, keep).getByRole("list", { name: `Aliases of ${keep}` });
    for (const alias of [`SW-${run}`, `Sahel Watchers ${run}`, merged, `SM-${run}`, `Monitor ${run}`]) {
      await expect(aliases.getByRole("listitem").filter({ hasText: new RegExp(`^${alias}$`) })).toHaveCount(1);
    }
    // The merged entity's old alias now finds the entity that stayed.
    await page.goto(`/projects/demo/entities?q=${encodeURIComponent(`SM-${run}`)}`);
    await expect(entityRow(page, keep)).toBeVisible();
  });

  test("a merge is undone from its own message: the entity is listed again and the target loses its names", async ({ page }) => {
    await signIn(page, "owner@demo.test");
    await page.goto("/projects/demo/entities");
    const stays = `Timbuktu Observer ${run}`;
    const goes = `Timbuktu Watch ${run}`;
    await createEntity(page, { name: stays, kind: "Media outlet", aliases: "" });
    await expect(page.getByRole("form", { name: "Create an entity" }).getByRole("status")).toHaveText(`Created ${stays}.`);
    await createEntity(page, { name: goes, kind: "Media outlet", aliases: `TW-${run}` });
    await expect(page.getByRole("form", { name: "Create an entity" }).getByRole("status")).toHaveText(`Created ${goes}.`);
    await page.goto(`/projects/demo/entities?q=${encodeURIComponent(`Timbuktu`)}`);

    await entityRow(page, goes).getByRole("button", { name: `Merge ${goes} into another entity` }).click();
    const dialog = page.getByRole("dialog", { name: `Merge “${goes}”` });
    await dialog.getByLabel("Merge into").selectOption({ label: stays });
    await dialog.getByRole("button", { name: `Merge into ${stays}` }).click();
    await expect(entityRow(page, goes)).toHaveCount(0);
    await expect(entityRow(page, stays)).toContainText(`TW-${run}`);

    await page.getByRole("button", { name: `Undo merge of ${goes}` }).click();
    await expect(page.getByRole("status").filter({ hasText: "Un-merged" })).toContainText(`Un-merged “${goes}”: it is listed again`);
    await expect(entityRow(page, goes)).toBeVisible();
    await expect(entityRow(page, stays)).not.toContainText(`TW-${run}`);
    await expect(page.getByRole("button", { name: `Undo merge of ${goes}` })).toHaveCount(0);
  });

  test("a researcher may edit entities but not merge them", async ({ page }) => {
    await signIn(page, "researcher@demo.test");
    await page.goto("/projects/demo/entities?q=ACLED");
    const row = entityRow(page, "ACLED");
    await expect(row.getByRole("button", { name: "Edit ACLED" })).toBeVisible();
    await expect(row.getByRole("button", { name: /Merge/ })).toHaveCount(0);
  });

  test("the kind filter narrows the list", async ({ page }) => {
    await signIn(page, "owner@demo.test");
    await page.goto("/projects/demo/entities");
    const search = page.getByRole("search", { name: "Search entities" });
    await search.getByLabel("Kind").selectOption({ label: "Media outlet" });
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/kind=media_outlet/);
    await expect(entityRow(page, "Le Monde")).toBeVisible();
    await expect(entityRow(page, "ACLED")).toHaveCount(0);
    for (const row of await page.getByTestId("entity-row").all()) await expect(row).toContainText("Media outlet");
  });
});
