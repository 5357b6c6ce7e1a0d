import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { apiToken, createTalatayeCopy, signIn } from "./helpers";

/**
 * The scenario on an event of our own: MSA/JNIM-side casualties of
 * the attack, exactly 4 per MSA, at least 60 per IS and at least 17 per ACLED,
 * approved, on a private copy of the Talataye article. The event page shows
 * low 4 and high 60 from 3 independent sources; ACLED's figure relayed by
 * another outlet changes neither; resolving the MSA–IS contradiction with
 * MSA's figure deprecated raises low to 17.
 */

type Attribution = { role: "origin" | "intermediary"; entityId?: string; partyName?: string };

async function scenario(request: APIRequestContext) {
  const researcher = { authorization: `Bearer ${await apiToken(request, "researcher@demo.test")}` };
  const reviewer = { authorization: `Bearer ${await apiToken(request, "reviewer@demo.test")}` };
  const owner = { authorization: `Bearer ${await apiToken(request, "owner@demo.test")}` };
  const copy = await createTalatayeCopy(request, researcher.authorization.slice("Bearer ".length), "events");
  const entities = (await (await request.get(`/api/v1/projects/${copy.projectId}/entities`, { headers: researcher })).json()).entities as { id: string; name: string }[];
  const entityId = (name: string) => entities.find((e) => e.name === name)!.id;
  const seeded = (await (await request.get(`/api/v1/projects/${copy.projectId}/claims?pageSize=200`, { headers: researcher })).json()).claims as { property: { id: string; key: string } }[];
  const casualties = seeded.find((c) => c.property.key === "casualties")!.property.id;

  const name = `Attack on Talataye (e2e ${Date.now()})`;
  const created = await request.post(`/api/v1/projects/${copy.projectId}/entities`, {
    headers: researcher,
    data: {
      name,
      kind: "event",
      event: {
        date: { precision: "day", start: "2022-09-06", end: "2022-09-07" },
        place: { entityId: entityId("Talataye"), precision: "exact" },
        participantIds: [entityId("Islamic State in the Greater Sahara"), entityId("MSA and JNIM forces")],
      },
    },
  });
  expect(created.status()).toBe(201);
  const event = (await created.json()).entity as { id: string };

  /** A casualty claim about the event, submitted by the researcher and approved by whoever the project's approvals need. */
  async function approvedClaim(phrase: string, value: object, attribution: Attribution[]) {
    const annotation = await request.post(`/api/v1/sources/${copy.sourceId}/annotations`, { headers: researcher, data: { quote: { exact: phrase } } });
    expect(annotation.status()).toBe(201);
    const response = await request.post(`/api/v1/projects/${copy.projectId}/claims`, {
      headers: researcher,
      data: { subjectId: event.id, propertyId: casualties, value, attribution, evidenceAnnotationIds: [(await annotation.json()).annotation.id] },
    });
    expect(response.status()).toBe(201);
    const { claim } = (await response.json()) as { claim: { id: string } };
    expect((await request.post(`/api/v1/claims/${claim.id}/submit`, { headers: researcher, data: {} })).status()).toBe(200);
    // Four eyes: the researcher cannot approve their own claim; a project that needs two approvals gets the owner's too.
    for (const headers of [reviewer, owner]) {
      const review = (await (await request.get(`/api/v1/claims/${claim.id}/reviews`, { headers })).json()).review as { status: string };
      if (review.status === "approved") break;
      expect((await request.post(`/api/v1/claims/${claim.id}/reviews`, { headers, data: { decision: "approve" } })).status()).toBe(201);
    }
    return claim;
  }

  const killed = { category: "killed" };
  const msa = await approvedClaim("4 (per MSA)", { type: "quantity", kind: "exact", min: 4, max: 4, ...killed }, [{ role: "origin", entityId: entityId("Movement for the Salvation of Azawad") }]);
  const is = await approvedClaim("60+ (per IS)", { type: "quantity", kind: "at_least", min: 60, max: null, ...killed }, [{ role: "origin", entityId: entityId("Islamic State in the Greater Sahara") }]);
  await approvedClaim("17+ (per ACLED)", { type: "quantity", kind: "at_least", min: 17, max: null, ...killed }, [{ role: "origin", entityId: entityId("ACLED") }]);
  return { copy, event, name, msa, is, reviewer, entityId, approvedClaim };
}

async function expectFigures(page: Page, figures: { low: string; high: string; sources: string }) {
  const estimate = page.getByTestId("event-estimate");
  await expect(estimate).toHaveCount(1);
  await expect(estimate.getByTestId("estimate-low")).toHaveText(figures.low);
  await expect(estimate.getByTestId("estimate-high")).toHaveText(figures.high);
  await expect(estimate.getByTestId("estimate-sources")).toHaveText(figures.sources);
}

test("the event page shows when, where and who, the estimates and the claims over time, as the claims change", async ({ page, request }) => {
  const world = await scenario(request);
  await signIn(page, "viewer@demo.test");
  await page.goto(`/projects/demo/entities/${world.event.id}`);

  await expect(page.getByRole("heading", { level: 1, name: world.name })).toBeVisible();
  await expect(page.getByTestId("event-date")).toHaveText("6–7 September 2022 (known to the day)");
  await expect(page.getByTestId("event-place")).toHaveText("Talataye (exact)");
  await expect(page.getByRole("list", { name: "Participants" }).getByRole("link")).toHaveText(["Islamic State in the Greater Sahara", "MSA and JNIM forces"]);

  await expectFigures(page, { low: "4", high: "60", sources: "3" });
  const estimate = page.getByTestId("event-estimate");
  await expect(estimate).toContainText("Low 4: Movement for the Salvation of Azawad's exactly 4 killed.");
  await expect(estimate.getByTestId("estimate-claim")).toHaveCount(3);
  await expect(estimate.getByTestId("estimate-claim").filter({ hasText: "Not used" })).toHaveCount(0);

  const timeline = page.getByRole("region", { name: /^Casualties/ });
  await expect(timeline.getByTestId("timeline-entry")).toHaveCount(3);
  // The copy has no publication date: each claim is placed on the day it was recorded, and says so.
  await expect(timeline.getByTestId("timeline-entry").first()).toContainText("recorded on this day; the source has no publication date");
  await expect(timeline.getByTestId("timeline-entry").filter({ hasText: "exactly 4 killed" })).toContainText("Approved");
  await expect(timeline.getByTestId("timeline-entry").filter({ hasText: "exactly 4 killed" }).getByRole("link", { name: /Contradiction, open/ }).first()).toBeVisible();

  await world.approvedClaim("ACLED reported the deaths", { type: "quantity", kind: "at_least", min: 17, max: null, category: "killed" }, [
    { role: "origin", entityId: world.entityId("ACLED") },
    { role: "intermediary", entityId: world.entityId("Le Monde") },
  ]);
  await page.reload();
  await expectFigures(page, { low: "4", high: "60", sources: "3" });
  await expect(page.getByTestId("event-estimate").getByTestId("estimate-claim")).toHaveCount(4);
  const relayed = timeline.getByTestId("timeline-entry").filter({ has: page.getByRole("list", { name: /Attribution chain/ }).filter({ hasText: "Le Monde" }) });
  await expect(relayed).toHaveCount(1);
  await expect(relayed.getByRole("listitem").filter({ hasText: "ACLED" }).first()).toBeVisible();

  const conflicts = (await (await request.get(`/api/v1/projects/${world.copy.projectId}/conflicts?claimId=${world.msa.id}&status=open`, { headers: world.reviewer })).json()).conflicts as {
    id: string;
    kind: string;
    members: { claim: { id: string } }[];
  }[];
  const contradiction = conflicts.find((c) => c.kind === "contradiction" && c.members.some((m) => m.claim.id === world.is.id))!;
  const resolved = await request.post(`/api/v1/conflicts/${contradiction.id}/resolution`, {
    headers: world.reviewer,
    data: {
      status: "resolved",
      reason: "MSA undercounts its own losses",
      ranks: contradiction.members.map((m) => ({ claimId: m.claim.id, rank: m.claim.id === world.msa.id ? "deprecated" : "normal" })),
    },
  });
  expect(resolved.status()).toBe(200);
  await page.reload();
  await expectFigures(page, { low: "17", high: "60", sources: "2" });
  const deprecated = page.getByTestId("estimate-claim").filter({ hasText: "exactly 4 killed" });
  await expect(deprecated).toContainText("Not used");
  await expect(deprecated).toContainText("— deprecated when its conflict was resolved: MSA undercounts its own losses");
});

test("a researcher sets the event's date to a month on its page, and refuses an end before the start in words", async ({ page, request }) => {
  const headers = { authorization: `Bearer ${await apiToken(request, "researcher@demo.test")}` };
  const projects = (await (await request.get("/api/v1/projects", { headers })).json()).projects as { id: string; slug: string }[];
  const demo = projects.find((p) => p.slug === "demo")!;
  const created = await request.post(`/api/v1/projects/${demo.id}/entities`, { headers, data: { name: `Ambush (e2e ${Date.now()})`, kind: "event" } });
  const { entity } = (await created.json()) as { entity: { id: string } };

  await signIn(page, "researcher@demo.test");
  await page.goto(`/projects/demo/entities/${entity.id}`);
  await expect(page.getByTestId("event-date")).toHaveText("not recorded");
  await page.getByText("Edit when, where and who").click();
  const form = page.getByRole("form", { name: "Edit when, where and who" });
  await form.getByLabel("Precision").selectOption("month");
  await form.getByLabel(/^From/).fill("2022-09");
  await form.getByLabel(/^To/).fill("2022-08");
  await form.getByRole("button", { name: "Save event details" }).click();
  await expect(form.getByRole("alert")).toContainText("The event cannot end (2022-08) before it starts (2022-09).");

  await form.getByLabel(/^To/).fill("");
  await form.getByRole("button", { name: "Save event details" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved the event's date, place and participants.");
  await expect(page.getByTestId("event-date")).toHaveText("September 2022 (known to the month)");
});
