import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { apiToken, createTalatayeCopy, highlightedText, selectPhrase, signIn } from "./helpers";

const CODER_PASSWORD = "blind-coder-password";

/** A new researcher of the demo project, invited and accepted through the API: the demo accounts stay out of the round. */
async function invitedCoder(request: APIRequestContext, owner: { authorization: string }, projectId: string, name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.test`;
  const invited = await request.post(`/api/v1/projects/${projectId}/invitations`, { headers: owner, data: { email, role: "researcher" } });
  expect(invited.status()).toBe(201);
  const accepted = await request.post("/api/v1/invitations/accept", { data: { token: (await invited.json()).invitation.token, name, password: CODER_PASSWORD } });
  expect(accepted.status()).toBe(201);
  const token = await request.post("/api/v1/auth/token", { data: { email, password: CODER_PASSWORD } });
  expect(token.status()).toBe(201);
  return { email, name, headers: { authorization: `Bearer ${(await token.json()).token}` } };
}
type Coder = Awaited<ReturnType<typeof invitedCoder>>;

// The coders' own browsers, closed after each test: left open, they outlive it and show up in a later test's failure report.
const coderContexts: BrowserContext[] = [];
test.afterEach(async () => {
  for (const context of coderContexts.splice(0)) await context.close();
});

async function coderPage(browser: Browser, coder: Coder, url: string): Promise<Page> {
  const context = await browser.newContext();
  coderContexts.push(context);
  const page = await context.newPage();
  await signIn(page, coder.email, CODER_PASSWORD);
  await page.goto(url);
  return page;
}

test("two coders code a copy of the Talataye article blind in two browsers, mark their parts done, then see each other's work; the owner reads the agreement", async ({ page, browser, request }) => {
  const owner = { authorization: `Bearer ${await apiToken(request, "owner@demo.test")}` };
  const copy = await createTalatayeCopy(request, owner.authorization.slice("Bearer ".length), "coding round");
  const stamp = Date.now();
  const coders = [await invitedCoder(request, owner, copy.projectId, `Ada Coder ${stamp}`), await invitedCoder(request, owner, copy.projectId, `Bo Coder ${stamp}`)];

  // The owner opens a blind round for the two coders on the source page.
  await signIn(page, "owner@demo.test");
  await page.goto(copy.url);
  await page.getByText("Open a coding round…").click();
  const openForm = page.getByRole("form", { name: "Open a coding round" });
  for (const coder of coders) await openForm.getByLabel(coder.name).check();
  await expect(openForm.getByLabel("Blind")).toBeChecked();
  await openForm.getByRole("button", { name: "Open the round" }).click();
  const rounds = page.getByRole("region", { name: "Coding rounds" });
  await expect(rounds.getByRole("list", { name: "Coders" }).getByRole("listitem")).toHaveText(coders.map((coder) => `${coder.name}: coding`));

  // Each coder, in a browser of their own, highlights a different figure and records a claim on it.
  const entities = (await (await request.get(`/api/v1/projects/${copy.projectId}/entities`, { headers: owner })).json()).entities as { id: string; name: string }[];
  const msa = entities.find((entity) => entity.name === "Movement for the Salvation of Azawad")!.id;
  const seeded = (await (await request.get(`/api/v1/projects/${copy.projectId}/claims?pageSize=200`, { headers: owner })).json()).claims as { property: { id: string; key: string } }[];
  const casualties = seeded.find((claim) => claim.property.key === "casualties")!.property.id;
  const phrases = ["4 (per MSA)", "17+ (per ACLED)"];
  const pages: Page[] = [];
  const claimIds: string[] = [];
  for (const [index, coder] of coders.entries()) {
    const coderView = await coderPage(browser, coder, copy.url);
    pages.push(coderView);
    await expect(coderView.getByRole("region", { name: "Coding rounds" }).getByRole("note")).toHaveText("You are coding this source blind: you see only your own highlights and claims until the round closes.");
    await selectPhrase(coderView, phrases[index]!);
    await expect(coderView.getByRole("toolbar", { name: "Selection actions" })).toBeVisible();
    const stored = coderView.waitForResponse((response) => response.request().method() === "POST" && response.url().endsWith("/annotations"));
    await coderView.keyboard.press("h");
    const annotationId = ((await (await stored).json()) as { annotation: { id: string } }).annotation.id;
    const created = await request.post(`/api/v1/projects/${copy.projectId}/claims`, {
      headers: coder.headers,
      data: {
        subjectId: msa,
        propertyId: casualties,
        value: { type: "quantity", kind: "exact", min: 4 + index, max: 4 + index },
        note: `Blind coding by ${coder.name}`,
        attribution: [{ role: "origin", entityId: msa }],
        evidenceAnnotationIds: [annotationId],
      },
    });
    expect(created.status()).toBe(201);
    claimIds.push((await created.json()).claim.id);
  }

  // Each sees only their own: in the reader, on the claims page and through the API.
  for (const [index, coder] of coders.entries()) {
    const coderView = pages[index]!;
    await coderView.reload();
    await expect.poll(() => highlightedText(coderView)).toBe(phrases[index]);
    await coderView.goto(`/projects/demo/claims?sourceId=${copy.sourceId}`);
    await expect(coderView.getByRole("main")).toContainText("Showing 1–1 of 1 claim");
    await expect(coderView.getByRole("main")).toContainText(`exactly ${4 + index}`);
    await expect(coderView.getByRole("main")).not.toContainText(`exactly ${5 - index}`);
    const listed = (await (await request.get(`/api/v1/projects/${copy.projectId}/claims?sourceId=${copy.sourceId}`, { headers: coder.headers })).json()).claims as { id: string }[];
    expect(listed.map((claim) => claim.id)).toEqual([claimIds[index]]);
    expect((await request.get(`/api/v1/claims/${claimIds[1 - index]}`, { headers: coder.headers })).status()).toBe(404);
  }

  // Each marks their part done; the second closes the round, and both then see both:
  // the second at once, on the page they closed it from, the first on opening it again.
  for (const [index, coderView] of pages.entries()) {
    await coderView.goto(copy.url);
    await expect(coderView.locator(".workspace")).toHaveAttribute("data-annotations", "ready");
    await coderView.getByRole("button", { name: "Mark my part done" }).click();
    if (index === 0) await expect(coderView.getByText("Your part is done.")).toBeVisible();
  }
  for (const [index, coderView] of pages.entries()) {
    if (index === 0) await coderView.goto(copy.url);
    await expect(coderView.getByRole("region", { name: "Coding rounds" }).getByRole("note")).toHaveCount(0);
    await expect.poll(() => highlightedText(coderView)).toContain(phrases[0]!);
    expect(await highlightedText(coderView)).toContain(phrases[1]!);
  }

  // The owner reads the agreement report on the source page.
  await page.reload();
  const report = rounds.getByRole("region", { name: /Agreement of the round/ });
  await expect(report.getByRole("table", { name: "Krippendorff's alpha" })).toContainText("Quantities (interval, lower bounds)");
  await expect(report.getByRole("table", { name: "Agreement per coder pair" })).toContainText(`${coders[0]!.name} and ${coders[1]!.name}`);
  // Both read MSA's casualties per MSA, as 4 and as 5.
  await expect(report.getByRole("list", { name: "Disagreements" })).toContainText(`${coders[0]!.name}: exactly 4`);
  await expect(report.getByRole("list", { name: "Disagreements" })).toContainText(`${coders[1]!.name}: exactly 5`);
  await expect(report.getByRole("link", { name: "Curate this round" })).toHaveAttribute("href", /\/projects\/demo\/coding-rounds\//);
  await expect(rounds.getByRole("heading", { name: "Closed rounds" })).toBeVisible();
});
