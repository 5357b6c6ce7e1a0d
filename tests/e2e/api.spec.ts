import { expect, test } from "@playwright/test";

test.describe("JSON API", () => {
  test("health answers ok while the database is up", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test("a token gives access to projects and sources; errors are JSON with the right status", async ({ request }) => {
    const bad = await request.post("/api/v1/auth/token", { data: { email: "owner@demo.test", password: "wrong" } });
    expect(bad.status()).toBe(401);
    expect((await bad.json()).error).toMatchObject({ code: "unauthenticated" });

    const invalid = await request.post("/api/v1/auth/token", { data: { email: 42 } });
    expect(invalid.status()).toBe(400);
    expect((await invalid.json()).error.details.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: "body.email" }), expect.objectContaining({ path: "body.password" })]),
    );

    const created = await request.post("/api/v1/auth/token", { data: { email: "owner@demo.test", password: "provenance-demo" } });
    expect(created.status()).toBe(201);
    const { token } = await created.json();
    const headers = { authorization: `Bearer ${token}` };

    expect((await request.get("/api/v1/projects")).status()).toBe(401);
    const projects = await (await request.get("/api/v1/projects", { headers })).json();
    const demo = projects.projects.find((p: { slug: string }) => p.slug === "demo");
    expect(demo).toMatchObject({ role: "owner", name: "Mali War: Talataye and Tinzaouaten" });

    const sources = await (await request.get(`/api/v1/projects/${demo.id}/sources`, { headers })).json();
    const talataye = sources.sources.find((s: { title: string }) => s.title === "Battle of Talataye (2022)");
    expect(talataye.currentRevision.sha256).toMatch(/^[0-9a-f]{64}$/);

    const source = await (await request.get(`/api/v1/sources/${talataye.id}`, { headers })).json();
    expect(source.revision.text).toContain("= Battle of Talataye (2022) =");

    const missing = await request.get("/api/v1/sources/does-not-exist", { headers });
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.code).toBe("not_found");
  });

  test("the OpenAPI document lists every route", async ({ request }) => {
    const document = await (await request.get("/api/v1/openapi.json")).json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/health", "/api/v1/auth/token", "/api/v1/projects", "/api/v1/projects/{projectId}/sources", "/api/v1/sources/{sourceId}"]),
    );
  });
});
