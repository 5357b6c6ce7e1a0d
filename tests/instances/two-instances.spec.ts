import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { BALANCER_STATS_PATH, balancerUrl, instanceA, instanceB, instancesDatabaseUrl } from "./instances-env";

/**
 * One user, alternately on two `npm start` of one build sharing one database
 * (tests/instances/two-instances-server.ts). Whatever an instance kept in its
 * memory (sessions, limits, jobs, the secret, server actions' keys) would show
 * here as a refusal or a lost write on the other one.
 */

const PASSWORD = "provenance-demo";
const SIGN_IN_FREE_ATTEMPTS = 5;

/** The app's origin checks want a cookie-authenticated write to come from its own pages, which are the balancer's. */
const fromTheApp = { origin: balancerUrl, "content-type": "application/json" };

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

/** next-auth's credentials flow over HTTP: the CSRF token from `csrfFrom`, the sign-in itself on `signInOn`. */
async function signIn(email: string, csrfFrom: string, signInOn: string): Promise<string> {
  const csrf = await fetch(`${csrfFrom}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${signInOn}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const session = cookiesOf(response).find((cookie) => /next-auth\.session-token=/.test(cookie));
  expect(session, `a session cookie from ${signInOn} (status ${response.status})`).toBeDefined();
  return session!;
}

/** The answer's body, once its status is the one expected (else the body says why). */
async function json<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBe(status);
  return JSON.parse(text) as T;
}

interface JobView {
  status: string;
  result?: { archiveUrl: string };
}

async function demoProjectId(headers: Record<string, string>, on: string): Promise<string> {
  const { projects } = await json<{ projects: { id: string; slug: string }[] }>(await fetch(`${on}/api/v1/projects`, { headers }), 200);
  return projects.find((project) => project.slug === "demo")!.id;
}

test("a session from A reads on B, and B's write is seen on A", async () => {
  // The CSRF token comes from B and is accepted by A: both sign with the one NEXTAUTH_SECRET.
  const cookie = await signIn("reviewer@demo.test", instanceB, instanceA);
  const session = await json<{ user: { email: string } }>(await fetch(`${instanceB}/api/auth/session`, { headers: { cookie } }), 200);
  expect(session.user.email).toBe("reviewer@demo.test");
  const projectId = await demoProjectId({ cookie }, instanceB);

  const title = `Written on B ${randomUUID()}`;
  const created = await json<{ source: { id: string } }>(
    await fetch(`${instanceB}/api/v1/projects/${projectId}/sources`, {
      method: "POST",
      headers: { cookie, ...fromTheApp },
      body: JSON.stringify({ title, text: `${title}: a source text written through instance B.`, language: "en" }),
    }),
    201,
  );
  const read = await json<{ title: string }>(await fetch(`${instanceA}/api/v1/sources/${created.source.id}`, { headers: { cookie } }), 200);
  expect(read.title).toBe(title);
});

test("wrong passwords on A and B count against one limit", async () => {
  const email = `nobody-${randomUUID()}@example.test`;
  const admitted = { [instanceA]: 0, [instanceB]: 0 };
  let refusedBy: string | undefined;
  for (let attempt = 0; attempt < 12 && !refusedBy; attempt++) {
    const instance = attempt % 2 === 0 ? instanceA : instanceB;
    const response = await fetch(`${instance}/api/v1/auth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: "not the password" }),
    });
    if (response.status === 429) refusedBy = instance;
    else {
      expect(response.status).toBe(401);
      admitted[instance]! += 1;
    }
  }
  expect(refusedBy, "one instance refused an attempt").toBeDefined();
  // The refusing instance had itself seen fewer attempts than are free: it counted the other's too.
  expect(admitted[refusedBy!]).toBeLessThan(SIGN_IN_FREE_ATTEMPTS);
  const client = new pg.Client({ connectionString: instancesDatabaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ attempts: number }>(`SELECT attempts FROM "SignInThrottle" WHERE key LIKE $1`, [`account-address:${email}|%`]);
    expect(rows.map((row) => row.attempts)).toEqual([admitted[instanceA]! + admitted[instanceB]!]);
  } finally {
    await client.end();
  }
});

test("an export started on A, which runs no worker, is done by B's worker", async () => {
  const { token } = await json<{ token: string }>(
    await fetch(`${instanceA}/api/v1/auth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "owner@demo.test", password: PASSWORD, expiresInDays: 30 }),
    }),
    201,
  );
  const headers = { authorization: `Bearer ${token}` };
  // A token issued by A works on B: only its hash is stored, in the one database.
  const projectId = await demoProjectId(headers, instanceB);
  const started = await json<{ job: { id: string } }>(
    await fetch(`${instanceA}/api/v1/projects/${projectId}/exports`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: "{}" }),
    202,
  );
  const jobId = started.job.id;
  let job: JobView = { status: "queued" };
  await expect
    .poll(
      async () => {
        job = (await json<{ job: JobView }>(await fetch(`${instanceB}/api/v1/jobs/${jobId}`, { headers }), 200)).job;
        return job.status;
      },
      { timeout: 60_000, intervals: [250] },
    )
    .toBe("done");
  const archive = await fetch(new URL(job.result!.archiveUrl, instanceA), { headers });
  expect(archive.status).toBe(200);
  expect(Buffer.from(await archive.arrayBuffer()).subarray(0, 2).toString()).toBe("PK");
});

test("in Chromium behind the balancer: each page from A, each server action on B", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("researcher@demo.test");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The sign-in form's action ran on B and set the cookie; A renders the projects for it.
  await expect(page.getByRole("heading", { name: "Your projects" })).toBeVisible();
  await page.goto("/projects/demo/claims");
  await expect(page.getByRole("heading", { name: "Claims", exact: true })).toBeVisible();
  await expect(page.getByTestId("claim-count")).toContainText(/Showing 1–\d+ of \d+ claims/);

  const served = (await (await fetch(`${balancerUrl}${BALANCER_STATS_PATH}`)).json()) as Record<"A" | "B", Record<string, number>>;
  expect(served.B.POST ?? 0).toBeGreaterThan(0);
  expect(served.A.GET ?? 0).toBeGreaterThan(0);
  expect(served.A.POST ?? 0).toBe(0);
});
