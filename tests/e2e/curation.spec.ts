import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiToken, createTalatayeCopy, openReviewQueue, signIn } from "./helpers";

/**
 * A closed blind round on a private copy of the Talataye article, coded through the API by the researcher and the
 * reviewer: two units (MSA's count per MSA, 4 against 5; per ACLED, 17 against 20).
 */
async function closedRound(request: APIRequestContext) {
  const tokens = { owner: await apiToken(request, "owner@demo.test"), researcher: await apiToken(request, "researcher@demo.test"), reviewer: await apiToken(request, "reviewer@demo.test") };
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const copy = await createTalatayeCopy(request, tokens.owner, "curation");
  const read = async (path: string) => (await request.get(path, { headers: auth(tokens.owner) })).json();
  const members = (await read(`/api/v1/projects/${copy.projectId}/members`)).members as { userId: string; role: string }[];
  const entities = (await read(`/api/v1/projects/${copy.projectId}/entities`)).entities as { id: string; name: string }[];
  const entityId = (name: string) => entities.find((entity) => entity.name === name)!.id;
  const seeded = (await read(`/api/v1/projects/${copy.projectId}/claims?pageSize=200`)).claims as { property: { id: string; key: string } }[];
  const casualties = seeded.find((claim) => claim.property.key === "casualties")!.property.id;
  const coderIds = ["researcher", "reviewer"].map((role) => members.find((member) => member.role === role)!.userId);
  const opened = await request.post(`/api/v1/sources/${copy.sourceId}/coding-rounds`, { headers: auth(tokens.owner), data: { coderIds, isBlind: true } });
  expect(opened.status()).toBe(201);
  const roundId: string = (await opened.json()).round.id;

  const code = async (token: string, phrase: string, origin: string, count: number) => {
    const annotation = await request.post(`/api/v1/sources/${copy.sourceId}/annotations`, { headers: auth(token), data: { quote: { exact: phrase } } });
    expect(annotation.status()).toBe(201);
    const created = await request.post(`/api/v1/projects/${copy.projectId}/claims`, {
      headers: auth(token),
      data: {
        subjectId: entityId("MSA and JNIM forces"),
        propertyId: casualties,
        value: { type: "quantity", kind: "exact", min: count, max: count },
        note: `Curation e2e ${copy.title}`,
        attribution: [{ role: "origin", entityId: entityId(origin) }],
        evidenceAnnotationIds: [(await annotation.json()).annotation.id],
      },
    });
    expect(created.status()).toBe(201);
    return (await created.json()).claim.id as string;
  };
  const claims = {
    researcherMsa: await code(tokens.researcher, "4 (per MSA)", "Movement for the Salvation of Azawad", 4),
    reviewerMsa: await code(tokens.reviewer, "4 (per MSA)", "Movement for the Salvation of Azawad", 5),
    researcherAcled: await code(tokens.researcher, "17+ (per ACLED)", "ACLED", 17),
    reviewerAcled: await code(tokens.reviewer, "17+ (per ACLED)", "ACLED", 20),
  };
  for (const token of [tokens.researcher, tokens.reviewer]) expect((await request.post(`/api/v1/coding-rounds/${roundId}/done`, { headers: auth(token) })).status()).toBe(200);
  return { roundId, claims, url: `/projects/demo/coding-rounds/${roundId}` };
}

test("a curator accepts coders' claims with the keyboard, writes one of their own, and a reviewer approves the accepted claim from the queue", async ({ page, request }) => {
  const { claims, url } = await closedRound(request);

  await signIn(page, "owner@demo.test");
  await page.goto(url);
  await expect(page.getByRole("heading", { name: "Curate the coding round" })).toBeVisible();
  const board = page.locator(".curation-board");
  await expect(board).toHaveAttribute("data-shortcuts", "ready");
  await expect(page.getByRole("region", { name: "Keyboard shortcuts" })).toContainText("Accept coder N's claim");

  const units = page.getByTestId("curation-unit");
  await expect(units).toHaveCount(2);
  const [msa, acled] = [units.nth(0), units.nth(1)];
  // Side by side: a column per coder in the round's order, each with its value and the quote in context.
  await expect(msa.getByRole("region", { name: "Rania Researcher's coding" })).toContainText("exactly 4");
  await expect(msa.getByRole("region", { name: "Rémi Reviewer's coding" })).toContainText("exactly 5");
  await expect(msa.getByRole("region", { name: "Rania Researcher's coding" }).locator("mark")).toHaveText("4 (per MSA)");
  await expect(msa.getByRole("button", { name: "Accept Rémi Reviewer's claim" })).toHaveAttribute("aria-keyshortcuts", "2");

  // The first unit is active: 1 accepts the researcher's 4, and the board moves on to the next unit.
  await expect(msa).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("1");
  await expect(page.getByTestId("curation-announcement")).toContainText("Accepted Rania Researcher's claim — by Olivia Owner");
  await expect(msa.getByTestId("curation-decision")).toContainText("Accepted Rania Researcher's claim — by Olivia Owner");
  await expect(msa.getByRole("region", { name: "Rémi Reviewer's coding" })).toContainText("Curated away");
  await expect(acled).toHaveAttribute("aria-current", "true");

  // k and j move; a decided unit is not decided twice.
  await page.keyboard.press("k");
  await expect(msa).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("2");
  await expect(page.getByTestId("curation-announcement")).toContainText("is decided already");
  await page.keyboard.press("j");
  await expect(acled).toHaveAttribute("aria-current", "true");

  // w writes the curator's own reading of ACLED's count.
  await page.keyboard.press("w");
  const form = page.getByRole("form", { name: /^My own claim/ });
  await expect(form).toBeVisible();
  await form.getByLabel("Number").fill("18");
  await form.getByRole("button", { name: "Save and send to review" }).click();
  await expect(acled.getByTestId("curation-decision")).toContainText("Wrote their own claim — Olivia Owner: exactly 18");
  await expect(page.getByText("2 of 2 units curated.")).toBeVisible();

  // The reviewer finds the accepted claim in the queue, not the claims curated away, and approves it.
  await page.context().clearCookies();
  await signIn(page, "reviewer@demo.test");
  await openReviewQueue(page);
  const item = page.getByTestId("queue-item").filter({ has: page.locator(`a[href="/projects/demo/claims/${claims.researcherMsa}"]`) });
  await expect(item).toHaveCount(1);
  await expect(page.getByTestId("queue-item").filter({ has: page.locator(`a[href="/projects/demo/claims/${claims.reviewerMsa}"]`) })).toHaveCount(0);
  await item.getByRole("button", { name: /^Approve:/ }).focus();
  await page.keyboard.press("a");
  await expect(item.getByTestId("review-status")).toHaveText("Approved");
});

test("a researcher cannot curate a round", async ({ page, request }) => {
  const { url } = await closedRound(request);
  await signIn(page, "researcher@demo.test");
  const response = await page.goto(url);
  expect(response?.status()).toBe(403);
});
