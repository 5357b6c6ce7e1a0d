import { readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "provenance-demo";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your projects" })).toBeVisible();
}


export const talatayeText = readFileSync(path.resolve("prisma/seed/corpus/battle-of-talataye-2022.txt"), "utf8");

/** A bearer token for a demo account, through the public API. */
export async function apiToken(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post("/api/v1/auth/token", { data: { email, password: DEMO_PASSWORD } });
  expect(response.status()).toBe(201);
  return (await response.json()).token;
}

/**
 * A private copy of the Talataye article in the demo project, so a test can
 * annotate it without meeting other tests' highlights. A unique last line
 * keeps its sha256 distinct.
 */
export async function createTalatayeCopy(request: APIRequestContext, token: string, label: string) {
  const headers = { authorization: `Bearer ${token}` };
  const projects = await (await request.get("/api/v1/projects", { headers })).json();
  const project = projects.projects.find((p: { slug: string }) => p.slug === "demo");
  const title = `Talataye (${label} ${Date.now()})`;
  const response = await request.post(`/api/v1/projects/${project.id}/sources`, {
    headers,
    data: { title, text: `${talatayeText}\n${title}\n`, outlet: "Wikipedia", language: "en" },
  });
  expect(response.status()).toBe(201);
  const { source } = await response.json();
  return { projectId: project.id as string, sourceId: source.id as string, title, url: `/projects/demo/sources/${source.id}` };
}

/** Selects the first occurrence of `phrase` in the source reader with a real mouse drag. */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  // The reader is drawn on the client after hydration, and takes a selection once its highlights are in.
  await page.locator(".source-reader__document").waitFor();
  await page.locator('.workspace[data-annotations="ready"]').waitFor();
  const box = await page.evaluate(async (wanted) => {
    const root = document.querySelector(".source-reader__document");
    if (!root) throw new Error("The source reader is not on the page");
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let text = "";
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      text += node.textContent ?? "";
    }
    const at = text.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the reader`);
    const locate = (offset: number) => {
      let seen = 0;
      for (const node of nodes) {
        const length = node.textContent?.length ?? 0;
        if (offset < seen + length) return { node, offset: offset - seen };
        seen += length;
      }
      throw new Error("Offset past the text");
    };
    const rectOf = (offset: number) => {
      const { node, offset: inner } = locate(offset);
      const range = document.createRange();
      range.setStart(node, inner);
      range.setEnd(node, inner + 1);
      return range.getBoundingClientRect();
    };
    // Scroll once, then wait for any smooth scrolling to settle before measuring.
    locate(at).node.parentElement?.scrollIntoView({ block: "center" });
    let previousScroll = -1;
    for (let stableFrames = 0; stableFrames < 3; ) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      stableFrames = window.scrollY === previousScroll ? stableFrames + 1 : 0;
      previousScroll = window.scrollY;
    }
    const first = rectOf(at);
    const last = rectOf(at + wanted.length - 1);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** The text under every highlight element carrying `id`, in document order. */
export async function highlightedText(page: Page, id?: string): Promise<string> {
  return page.evaluate((wanted) => {
    const elements = [...document.querySelectorAll<HTMLElement>(".source-reader__document [data-highlight-ids]")];
    return elements
      .filter((el) => !wanted || (el.dataset.highlightIds ?? "").split(" ").includes(wanted))
      .map((el) => el.textContent)
      .join("");
  }, id);
}

/**
 * "MSA casualties: exactly 4, per MSA" recorded by the researcher on a private
 * copy of the Talataye article, through the API (recording a claim from a
 * selection in the editor is claim-from-selection.spec.ts's subject).
 */
export async function researcherClaim(request: APIRequestContext) {
  const token = await apiToken(request, "researcher@demo.test");
  const headers = { authorization: `Bearer ${token}` };
  const copy = await createTalatayeCopy(request, token, "review");
  const annotation = await request.post(`/api/v1/sources/${copy.sourceId}/annotations`, {
    headers,
    data: { quote: { exact: "4 (per MSA)" } },
  });
  expect(annotation.status()).toBe(201);
  const entities = (await (await request.get(`/api/v1/projects/${copy.projectId}/entities`, { headers })).json()).entities as { id: string; name: string }[];
  const entityId = (name: string) => entities.find((e) => e.name === name)!.id;
  // The demo vocabulary has no listing route; the seeded claims name the casualties property.
  const seeded = (await (await request.get(`/api/v1/projects/${copy.projectId}/claims?pageSize=200`, { headers })).json()).claims as {
    property: { id: string; key: string };
  }[];
  const casualties = seeded.find((c) => c.property.key === "casualties")!.property.id;
  const created = await request.post(`/api/v1/projects/${copy.projectId}/claims`, {
    headers,
    data: {
      subjectId: entityId("Movement for the Salvation of Azawad"),
      propertyId: casualties,
      value: { type: "quantity", kind: "exact", min: 4, max: 4 },
      note: `Review e2e ${copy.title}`,
      attribution: [{ role: "origin", entityId: entityId("Movement for the Salvation of Azawad") }],
      evidenceAnnotationIds: [(await annotation.json()).annotation.id],
    },
  });
  expect(created.status()).toBe(201);
  const { claim } = await created.json();
  return { claim: claim as { id: string; version: number }, headers, projectId: copy.projectId, copy };
}

/** The review queue once its keyboard shortcuts listen: a key pressed before hydration is lost. */
export async function openReviewQueue(page: Page) {
  await page.goto("/projects/demo/review");
  await expect(page.locator(".review-queue")).toHaveAttribute("data-shortcuts", "ready");
}

/** A claim of the researcher's, submitted, and the reviewer looking at it in the review queue. */
export async function reviewerAtSubmittedClaim(page: Page, request: APIRequestContext) {
  const { claim, headers } = await researcherClaim(request);
  expect((await request.post(`/api/v1/claims/${claim.id}/submit`, { headers, data: {} })).status()).toBe(200);
  await signIn(page, "reviewer@demo.test");
  await openReviewQueue(page);
  const item = page.getByTestId("queue-item").filter({ has: page.locator(`a[href="/projects/demo/claims/${claim.id}"]`) });
  return { claim, headers, item };
}

/**
 * Reads one sentence through `POST /api/v1/suggestions` the way the claim
 * form does, and checks what only the parser's own libraries, as installed,
 * get right: chrono's time parsers stay off ("12" is people, not noon) and
 * "over the last 48 hours" is no date; the Sunday is the one before publication.
 */
export async function expectServerParser(request: APIRequestContext, token: string): Promise<void> {
  const text = "On Sunday, 12 people were killed over the last 48 hours, the ministry said.";
  const response = await request.post("/api/v1/suggestions", {
    headers: { authorization: `Bearer ${token}` },
    data: { text, publishedAt: "2024-05-15", language: "en" },
  });
  expect(response.status()).toBe(200);
  const found = await response.json();
  expect(found.quantities).toEqual([{ start: 11, end: 13, value: { type: "quantity", kind: "exact", min: 12, max: 12, category: "killed", text: "12" } }]);
  expect(found.dates.map((d: { value: { start: string; text: string } }) => [d.value.text, d.value.start])).toEqual([["Sunday", "2024-05-12"]]);
  expect(found.attributions[0].chain).toEqual([{ role: "origin", partyName: "ministry" }]);
}
