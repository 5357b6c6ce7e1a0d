import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiToken, signIn } from "./helpers";

/**
 * A project of the demo owner's own (the demo project stays ungraded for the
 * other specs) with MSA/JNIM-side casualties of at least 60 per Islamic State
 * and at least 17 per ACLED, recorded through the API.
 */
async function gradedProject(request: APIRequestContext) {
  const headers = { authorization: `Bearer ${await apiToken(request, "owner@demo.test")}` };
  const post = async (path: string, data: object) => {
    const response = await request.post(path, { headers, data });
    expect(response.status(), await response.text()).toBe(201);
    return response.json();
  };
  const stamp = Date.now();
  const { project } = await post("/api/v1/projects", { name: `Grading ${stamp}` });
  const { property } = await post(`/api/v1/projects/${project.id}/properties`, { key: "casualties", label: "Casualties", valueType: "quantity" });
  const entity = async (name: string, kind: string) => (await post(`/api/v1/projects/${project.id}/entities`, { name, kind })).entity.id as string;
  const [subject, islamicState, acled] = [await entity("MSA and JNIM forces", "armed_group"), await entity("Islamic State", "armed_group"), await entity("ACLED", "organisation")];
  const text = `At least 60 were killed, per Islamic State. ACLED counted at least 17 killed. (${stamp})`;
  const { source } = await post(`/api/v1/projects/${project.id}/sources`, { title: `Talataye ${stamp}`, text });
  const claim = async (exact: string, min: number, origin: string) => {
    const { annotation } = await post(`/api/v1/sources/${source.id}/annotations`, { quote: { exact } });
    const body = {
      subjectId: subject,
      propertyId: property.id,
      value: { type: "quantity", kind: "at_least", min, max: null, category: "killed" },
      attribution: [{ role: "origin", entityId: origin }],
      evidenceAnnotationIds: [annotation.id],
    };
    return (await post(`/api/v1/projects/${project.id}/claims`, body)).claim.id as string;
  };
  const claims = { islamicState: await claim("At least 60 were killed", 60, islamicState), acled: await claim("at least 17 killed", 17, acled) };
  const estimate = async () => {
    const response = await request.get(`/api/v1/projects/${project.id}/estimates?status=all`, { headers });
    expect(response.status()).toBe(200);
    const [only] = (await response.json()).estimates as { low: number; high: number; claims: { id: string; isUsed: boolean; reason?: string }[] }[];
    return only!;
  };
  return { slug: project.slug as string, claims, estimate };
}

test("an owner turns grading on, leaves out E and F, grades Islamic State E on its claim, and the estimate leaves that claim out", async ({ page, request }) => {
  const { slug, claims, estimate } = await gradedProject(request);
  expect(await estimate()).toMatchObject({ low: 17, high: 60 });

  await signIn(page, "owner@demo.test");
  await page.goto(`/projects/${slug}/settings`);
  const settings = page.getByRole("region", { name: "Estimates and source grading" });
  const excludeE = settings.getByRole("checkbox", { name: "Reliability E (unreliable)" });
  await expect(excludeE).toBeDisabled();
  await settings.getByRole("checkbox", { name: /^Grade sources/ }).check();
  await excludeE.check();
  await settings.getByRole("checkbox", { name: "Reliability F (reliability cannot be judged)" }).check();
  await settings.getByRole("button", { name: "Save estimate settings" }).click();
  await expect(settings.getByRole("status")).toHaveText("Saved: estimates follow these settings from now on.");
  await page.reload();
  await expect(excludeE).toBeChecked();

  await page.goto(`/projects/${slug}/claims/${claims.islamicState}`);
  const grading = page.getByRole("region", { name: "Source grading" });
  await expect(grading.getByTestId("origin-reliability")).toHaveText("Islamic State: not graded");
  await grading.getByRole("combobox", { name: "Reliability of Islamic State" }).selectOption({ label: "E (unreliable)" });
  await grading.getByRole("button", { name: "Save grade" }).click();
  await expect(grading.getByRole("status")).toHaveText("Saved: Islamic State is graded E (unreliable).");
  await expect(grading.getByTestId("origin-reliability")).toHaveText("Islamic State: E (unreliable)");

  const graded = await estimate();
  expect(graded).toMatchObject({ low: 17, high: 17 });
  expect(graded.claims).toContainEqual({ id: claims.islamicState, isUsed: false, reason: "its origin's reliability E (unreliable) is excluded by the rule" });
  expect(graded.claims).toContainEqual({ id: claims.acled, isUsed: true });

  // The claims list shows the grade and filters on it.
  await page.goto(`/projects/${slug}/claims?reliability=E`);
  await expect(page.getByTestId("claim-row")).toHaveCount(1);
  await expect(page.getByTestId("claim-row")).toContainText("at least 60 killed");
});
