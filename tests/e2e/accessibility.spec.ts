import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { closedRound } from "./curation-helpers";
import { apiToken, signIn } from "./helpers";

/**
 * axe-core over every main page, at desktop and phone widths: no serious or
 * critical violation. Each page is also saved as a full-page screenshot
 * (test-results/pages/) for a person to look at.
 */

const sizes = [
  { name: "desktop", viewport: { width: 1280, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

interface DemoIds {
  sourceId: string;
  claimId: string;
  eventId: string;
}

async function demoIds(request: APIRequestContext): Promise<DemoIds> {
  const headers = { authorization: `Bearer ${await apiToken(request, "owner@demo.test")}` };
  const projects = (await (await request.get("/api/v1/projects", { headers })).json()).projects as { id: string; slug: string }[];
  const demo = projects.find((p) => p.slug === "demo")!;
  const sources = (await (await request.get(`/api/v1/projects/${demo.id}/sources`, { headers })).json()).sources as { id: string }[];
  const claims = (await (await request.get(`/api/v1/projects/${demo.id}/claims?q=ACLED`, { headers })).json()).claims as { id: string }[];
  const events = (await (await request.get(`/api/v1/projects/${demo.id}/entities?kind=event`, { headers })).json()).entities as { id: string; name: string }[];
  return { sourceId: sources[0]!.id, claimId: claims[0]!.id, eventId: events.find((e) => e.name === "Battle of Talataye (2022)")!.id };
}

const signedInPages = (ids: DemoIds) => [
  { name: "projects", path: "/projects", ready: "Your projects" },
  { name: "project", path: "/projects/demo", ready: "Mali War: Talataye and Tinzaouaten" },
  { name: "reader", path: `/projects/demo/sources/${ids.sourceId}`, ready: null },
  { name: "claims", path: "/projects/demo/claims", ready: "Claims" },
  { name: "claim", path: `/projects/demo/claims/${ids.claimId}`, ready: null },
  { name: "review", path: "/projects/demo/review", ready: "Review queue" },
  { name: "conflicts", path: "/projects/demo/conflicts", ready: "Conflicts" },
  { name: "entities", path: "/projects/demo/entities", ready: "Entities" },
  { name: "event", path: `/projects/demo/entities/${ids.eventId}`, ready: "Battle of Talataye (2022)" },
  { name: "export", path: "/projects/demo/export", ready: "Export the dataset" },
  { name: "import", path: "/projects/demo/import", ready: "Import a dataset" },
  { name: "activity", path: "/projects/demo/activity", ready: "Activity" },
  { name: "members", path: "/projects/demo/members", ready: "Members" },
  { name: "vocabulary", path: "/projects/demo/vocabulary", ready: "Vocabulary" },
  { name: "settings", path: "/projects/demo/settings", ready: null },
  { name: "audit", path: "/projects/demo/audit", ready: null },
  { name: "inbox", path: "/inbox", ready: "Inbox" },
  { name: "account", path: "/account", ready: null },
  { name: "accounts", path: "/admin/users", ready: "Accounts" },
];

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ rule: violation.id, help: violation.help, nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")) }));
}

async function checkPage(page: Page, name: string, size: string, ready: string | null) {
  if (ready) await expect(page.getByRole("heading", { name: ready, exact: true }).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: path.join("test-results", "pages", `${name}-${size}.png`), fullPage: true });
  expect.soft(await seriousViolations(page), `${name} at ${size}`).toEqual([]);
}

for (const size of sizes) {
  test.describe(`at ${size.name} size`, () => {
    test.use({ viewport: size.viewport });

    test(`the sign-in and sign-up pages have no serious accessibility violations (${size.name})`, async ({ page }) => {
      await page.goto("/sign-in");
      await checkPage(page, "sign-in", size.name, "Sign in");
      await page.goto("/sign-up");
      await checkPage(page, "sign-up", size.name, null);
    });

    test(`the reader with its suggested claims shown has no serious accessibility violations (${size.name})`, async ({ page, request }) => {
      const ids = await demoIds(request);
      await signIn(page, "owner@demo.test");
      await page.goto(`/projects/demo/sources/${ids.sourceId}`);
      await page.getByRole("button", { name: "Suggest claims" }).click();
      await expect(page.getByRole("complementary", { name: /Suggested claims/ }).getByTestId("candidate-item").first()).toBeVisible();
      await checkPage(page, "reader-suggestions", size.name, null);
    });

    test(`the vocabulary page as a researcher sees it (read-only) has no serious accessibility violations (${size.name})`, async ({ page }) => {
      await signIn(page, "researcher@demo.test");
      await page.goto("/projects/demo/vocabulary");
      await checkPage(page, "vocabulary-read-only", size.name, "Vague amounts");
    });

    test(`the curation board, with the form for one's own claim open, has no serious accessibility violations (${size.name})`, async ({ page, request }) => {
      const { url } = await closedRound(request);
      await signIn(page, "owner@demo.test");
      await page.goto(url);
      await expect(page.locator(".curation-board")).toHaveAttribute("data-shortcuts", "ready");
      await expect(page.getByTestId("curation-unit")).toHaveCount(2);
      await checkPage(page, "curation", size.name, "Curate the coding round");
      await page.getByTestId("curation-unit").first().getByRole("button", { name: /^Write my own/ }).click();
      await expect(page.getByRole("form", { name: /^My own claim/ })).toBeVisible();
      await checkPage(page, "curation-write", size.name, null);
    });

    test(`every main page has no serious accessibility violations (${size.name})`, async ({ page, request }) => {
      // About 12 s a page (axe, a full-page screenshot), for some twenty pages.
      test.setTimeout(240_000);
      const ids = await demoIds(request);
      await signIn(page, "owner@demo.test");
      for (const { name, path, ready } of signedInPages(ids)) {
        await test.step(name, async () => {
          await page.goto(path);
          await checkPage(page, name, size.name, ready);
        });
      }
    });
  });
}
