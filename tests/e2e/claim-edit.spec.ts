import { expect, test } from "@playwright/test";
import { apiToken, createTalatayeCopy, signIn } from "./helpers";

test("editing a claim that someone else changed meanwhile is refused, nothing is overwritten, and the reload shows their version", async ({ page, request }) => {
  const token = await apiToken(request, "reviewer@demo.test");
  const headers = { authorization: `Bearer ${token}` };
  const copy = await createTalatayeCopy(request, token, "edit");
  const annotation = (await (await request.post(`/api/v1/sources/${copy.sourceId}/annotations`, { headers, data: { quote: { exact: "17+ (per ACLED)" } } })).json()).annotation;
  const demoClaims = (await (await request.get(`/api/v1/projects/${copy.projectId}/claims?q=ACLED`, { headers })).json()).claims;
  const template = demoClaims.find((c: { property: { key: string } }) => c.property.key === "casualties");
  const created = await request.post(`/api/v1/projects/${copy.projectId}/claims`, {
    headers,
    data: {
      subjectId: template.subject.id,
      propertyId: template.property.id,
      value: { type: "quantity", kind: "at_least", min: 17, max: null, category: "killed" },
      attribution: [{ role: "origin", partyName: "ACLED" }],
      evidenceAnnotationIds: [annotation.id],
    },
  });
  expect(created.status()).toBe(201);
  const { claim } = await created.json();

  await signIn(page, "reviewer@demo.test");
  await page.goto(`/projects/demo/claims/${claim.id}`);
  await page.getByRole("button", { name: "Edit claim" }).click();
  const form = page.getByRole("form", { name: "Edit claim" });
  await expect(form.getByLabel("Lower bound")).toHaveValue("17");

  // Someone else saves first.
  const other = await request.patch(`/api/v1/claims/${claim.id}`, { headers, data: { version: 1, note: "Their note" } });
  expect(other.status()).toBe(200);

  await form.getByLabel("Note").fill("My note");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByRole("alert")).toContainText("changed by someone else");
  await form.getByRole("button", { name: "Reload the current version" }).click();
  await expect(page.getByText("Their note").first()).toBeVisible();

  await page.getByRole("button", { name: "Edit claim" }).click();
  await page.getByRole("form", { name: "Edit claim" }).getByLabel("Lower bound").fill("20");
  await page.getByRole("form", { name: "Edit claim" }).getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: /Value/ }).locator("..")).toContainText("at least 20");
  const stored = await (await request.get(`/api/v1/claims/${claim.id}`, { headers })).json();
  expect(stored.claim).toMatchObject({ version: 3, note: "Their note" });
  expect(stored.history.map((h: { action: string }) => h.action)).toEqual(["claim.create", "claim.update", "claim.update"]);
});
