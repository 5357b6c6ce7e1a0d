import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { apiToken, DEMO_PASSWORD, signIn } from "./helpers";

/** A page on another port of the same site (localhost), as an attacker's local app would be. */
async function attackerPage(script: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_, response) => {
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end(`<!doctype html><title>waiting</title><script>${script}</script>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test("a page on another port cannot use the signed-in user's cookie to create an entity", async ({ page, request, baseURL }) => {
  const token = await apiToken(request, "owner@demo.test");
  const headers = { authorization: `Bearer ${token}` };
  const projects = await (await request.get("/api/v1/projects", { headers })).json();
  const projectId = projects.projects.find((p: { slug: string }) => p.slug === "demo").id as string;
  const name = `Forged entity ${Date.now()}`;

  await signIn(page, "owner@demo.test");
  const attack = await attackerPage(`
    const target = ${JSON.stringify(`${baseURL}/api/v1/projects/${projectId}/entities`)};
    const body = JSON.stringify({ name: ${JSON.stringify(name)}, kind: "armed_group" });
    Promise.allSettled([
      fetch(target, { method: "POST", mode: "no-cors", credentials: "include", headers: { "content-type": "text/plain" }, body }),
      fetch(target, { method: "POST", mode: "no-cors", credentials: "include", body: new Blob([body], { type: "application/json" }) }),
    ]).then(() => { document.title = "sent"; });
  `);
  try {
    await page.goto(attack.url);
    await expect(page).toHaveTitle("sent");
  } finally {
    await attack.close();
  }
  const entities = await (await request.get(`/api/v1/projects/${projectId}/entities?q=${encodeURIComponent(name)}`, { headers })).json();
  expect(entities.entities).toEqual([]);

  // The same cookie, from the app's own page, still works: the check refuses other pages only.
  await page.goto("/projects");
  const ownPage = await page.evaluate(async ([target, entityName]) => {
    const response = await fetch(target!, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: entityName, kind: "armed_group" }) });
    return response.status;
  }, [`/api/v1/projects/${projectId}/entities`, `${name} (own page)`]);
  expect(ownPage).toBe(201);
});

test("after sign-in, a callback that points at another host lands on the projects page", async ({ page }) => {
  await page.goto("/sign-in?callbackUrl=/%5Cevil.test/phish");
  await page.getByLabel("Email").fill("researcher@demo.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your projects" })).toBeVisible();
  expect(page.url()).toMatch(/\/projects$/);
});
