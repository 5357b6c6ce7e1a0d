import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiToken, createTalatayeCopy, researcherClaim } from "./helpers";

// The security probe's top findings, replayed over HTTP against the production server on every
// `npm test`. The open redirect and CSRF attacks run in cross-site.spec.ts, with a second origin.

async function demoProject(request: APIRequestContext, token: string) {
  const projects = await (await request.get("/api/v1/projects", { headers: { authorization: `Bearer ${token}` } })).json();
  return projects.projects.find((p: { slug: string }) => p.slug === "demo").id as string;
}

test("four eyes: resolving a conflict that ranks a claim does not let its reviewer approve their own edit", async ({ request }) => {
  const { claim, headers: researcher, projectId } = await researcherClaim(request);
  // A second figure for the same subject and property: the two disagree, so detection opens a conflict.
  const first = (await (await request.get(`/api/v1/claims/${claim.id}`, { headers: researcher })).json()).claim;
  const rival = await request.post(`/api/v1/projects/${projectId}/claims`, {
    headers: researcher,
    data: {
      subjectId: first.subject.id,
      propertyId: first.property.id,
      value: { type: "quantity", kind: "at_least", min: 60, max: null },
      attribution: [{ role: "origin", partyName: "Islamic State" }],
      evidenceAnnotationIds: first.evidence.map((e: { annotationId: string }) => e.annotationId),
    },
  });
  expect(rival.status(), await rival.text()).toBe(201);
  const reviewer = { authorization: `Bearer ${await apiToken(request, "reviewer@demo.test")}` };
  const owner = { authorization: `Bearer ${await apiToken(request, "owner@demo.test")}` };
  expect((await request.post(`/api/v1/claims/${claim.id}/submit`, { headers: researcher, data: {} })).status()).toBe(200);
  const submitted = (await (await request.get(`/api/v1/claims/${claim.id}`, { headers: reviewer })).json()).claim;
  const edited = await request.patch(`/api/v1/claims/${claim.id}`, { headers: reviewer, data: { version: submitted.version, value: { type: "quantity", kind: "exact", min: 5, max: 5 } } });
  expect(edited.status()).toBe(200);
  expect((await request.post(`/api/v1/claims/${claim.id}/reviews`, { headers: reviewer, data: { decision: "approve" } })).status()).toBe(403);

  // The owner settles the claim's conflicts with the project's other casualty figures.
  const conflicts = (await (await request.get(`/api/v1/claims/${claim.id}`, { headers: owner })).json()).claim.conflicts as { id: string; status: string }[];
  expect(conflicts.length).toBeGreaterThan(0);
  for (const { id } of conflicts.filter((c) => c.status === "open")) {
    const board = await (await request.get(`/api/v1/projects/${projectId}/conflicts?conflictId=${id}`, { headers: owner })).json();
    const members = board.conflicts[0].members as { claim: { id: string } }[];
    const ranks = members.map((m) => ({ claimId: m.claim.id, rank: m.claim.id === claim.id ? "deprecated" : "normal" }));
    const resolved = await request.post(`/api/v1/conflicts/${id}/resolution`, { headers: owner, data: { status: "resolved", reason: "Probe: ranked by the owner.", ranks } });
    expect(resolved.status(), await resolved.text()).toBe(200);
  }
  expect((await request.post(`/api/v1/claims/${claim.id}/reviews`, { headers: reviewer, data: { decision: "approve" } })).status()).toBe(403);
});

test("ten parallel merges of one entity: one lands, nine are refused, nothing answers 500", async ({ request }) => {
  const headers = { authorization: `Bearer ${await apiToken(request, "owner@demo.test")}` };
  const projectId = await demoProject(request, headers.authorization.slice(7));
  const entity = async (name: string) => {
    const response = await request.post(`/api/v1/projects/${projectId}/entities`, { headers, data: { name: `${name} ${Date.now()} ${Math.random()}`, kind: "armed_group" } });
    expect(response.status()).toBe(201);
    return (await response.json()).entity.id as string;
  };
  const source = await entity("Probe source");
  const targets = await Promise.all(Array.from({ length: 10 }, (_, i) => entity(`Probe target ${i}`)));
  const statuses = await Promise.all(targets.map(async (target) => (await request.post(`/api/v1/entities/${source}/merge`, { headers, data: { intoEntityId: target } })).status()));
  expect(statuses.sort()).toEqual([200, ...Array(9).fill(409)]);

  // A into B and B into A at once: one lands, the other is refused, both entities remain reachable.
  const [a, b] = [await entity("Probe A"), await entity("Probe B")];
  const crossed = await Promise.all([
    request.post(`/api/v1/entities/${a}/merge`, { headers, data: { intoEntityId: b } }),
    request.post(`/api/v1/entities/${b}/merge`, { headers, data: { intoEntityId: a } }),
  ]);
  expect(crossed.map((r) => r.status()).sort()).toEqual([200, 409]);
});

test("ten parallel revisions of one source are all stored, numbered 2 to 11", async ({ request }) => {
  const token = await apiToken(request, "researcher@demo.test");
  const headers = { authorization: `Bearer ${token}` };
  const copy = await createTalatayeCopy(request, token, "revisions");
  const responses = await Promise.all(
    Array.from({ length: 10 }, (_, i) => request.post(`/api/v1/sources/${copy.sourceId}/revisions`, { headers, data: { text: `Revision ${i} of ${copy.title}.` } })),
  );
  expect(responses.map((r) => r.status())).toEqual(Array(10).fill(201));
  const source = await (await request.get(`/api/v1/sources/${copy.sourceId}`, { headers })).json();
  expect((source.revisions as { number: number }[]).map((r) => r.number).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
});

test("a NUL byte anywhere is a 400 naming the field, never a 500", async ({ request }) => {
  const headers = { authorization: `Bearer ${await apiToken(request, "owner@demo.test")}` };
  const projectId = await demoProject(request, headers.authorization.slice(7));
  const body = await request.post(`/api/v1/projects/${projectId}/entities`, { headers, data: { name: "Nul\u0000Entity", kind: "armed_group" } });
  expect(body.status()).toBe(400);
  expect((await body.json()).error.message).toContain("body.name");
  const query = await request.get(`/api/v1/projects/${projectId}/claims?q=${encodeURIComponent("a\u0000b")}`, { headers });
  expect(query.status()).toBe(400);
});

test("a forged X-Forwarded-For does not buy more password guesses", async ({ request }) => {
  const email = `probe-${Date.now()}@example.test`;
  const statuses = [];
  for (let i = 0; i < 7; i++) {
    const response = await request.post("/api/v1/auth/token", { data: { email, password: "a guess" }, headers: { "x-forwarded-for": `198.51.100.${i}` } });
    statuses.push(response.status());
  }
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
});

test("pages carry a script nonce of their own, the app runs under it, and injected markup does not", async ({ page, request }) => {
  const [first, second] = [await request.get("/sign-in"), await request.get("/sign-in")];
  const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
  const nonce = nonceOf(first.headers()["content-security-policy"]);
  expect(nonce).toBeTruthy();
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);
  expect(first.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(await first.text()).toContain(`nonce="${nonce}"`);

  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  expect(violations).toEqual([]);
  // Markup slipped into the page, as a stored XSS would: its inline handler must not run.
  const ran = await page.evaluate(async () => {
    document.body.insertAdjacentHTML("beforeend", `<img src="/no-such-image" onerror="window.__injected = true">`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});
