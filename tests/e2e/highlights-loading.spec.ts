import { expect, test } from "@playwright/test";
import { apiToken, createTalatayeCopy, highlightedText, signIn, talatayeText } from "./helpers";

const PHRASE = "4 (per MSA)";

test("the reader says while its highlights load, says when they fail, and loads them on Try again", async ({ page, request }) => {
  const token = await apiToken(request, "researcher@demo.test");
  const copy = await createTalatayeCopy(request, token, "highlights-load");
  const start = [...talatayeText.slice(0, talatayeText.indexOf(PHRASE))].length;
  const created = await request.post(`/api/v1/sources/${copy.sourceId}/annotations`, {
    headers: { authorization: `Bearer ${token}` },
    data: { start, end: start + [...PHRASE].length },
  });
  expect(created.status()).toBe(201);

  // Every request for the highlights (the page's preload and the reader's own) waits, then fails, until the route is lifted.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const columns = "**/api/v1/sources/*/annotation-columns*";
  await page.route(columns, async (route) => {
    await released;
    await route.abort("connectionfailed");
  });

  await signIn(page, "researcher@demo.test");
  await page.goto(copy.url);
  const workspace = page.locator(".workspace");
  const panel = page.getByRole("complementary", { name: /Annotations/ });
  await expect(workspace).toHaveAttribute("data-annotations", "loading");
  await expect(panel.getByRole("status")).toHaveText("Loading the highlights…");

  release();
  const alert = page.getByRole("alert").filter({ hasText: "The highlights could not be loaded." });
  await expect(alert).toBeVisible();
  await expect(workspace).toHaveAttribute("data-annotations", "failed");
  expect(await highlightedText(page)).toBe("");

  await page.unroute(columns);
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(workspace).toHaveAttribute("data-annotations", "ready");
  await expect(alert).toHaveCount(0);
  await expect(panel.getByTestId("annotation-item")).toHaveCount(1);
  expect(await highlightedText(page)).toBe(PHRASE);
});
