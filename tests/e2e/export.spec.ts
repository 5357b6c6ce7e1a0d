import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import { unzipSync } from "fflate";
import { apiToken, signIn } from "./helpers";

const decoder = new TextDecoder();
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

interface Manifest {
  dataset: { name: string; version: number; project: { slug: string } };
  format: string;
  filters: { statuses: string[] };
  counts: { claims: number; evidence: number; claimsByStatus: Record<string, number> };
  files: { path: string; bytes: number; sha256: string }[];
  exportedBy: { name: string };
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { download, bytes: await readFile((await download.path())!) };
}

test("the reviewer exports the approved demo dataset, and the zip holds exactly what its manifest says", async ({ page }) => {
  await signIn(page, "reviewer@demo.test");
  await page.goto("/projects/demo/export");
  await expect(page.getByRole("heading", { name: "Export the dataset" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Approved" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Draft" })).not.toBeChecked();
  const previewed = Number(await page.getByTestId("export-count-claims").textContent());
  expect(previewed, "the demo project has approved claims to export").toBeGreaterThan(0);

  const first = await downloaded(page, () => page.getByRole("link", { name: /^Export dataset \(zip/ }).click());
  expect(first.download.suggestedFilename()).toMatch(/^demo-v\d+\.zip$/);
  const files = unzipSync(first.bytes);
  const manifest = JSON.parse(decoder.decode(files["manifest.json"])) as Manifest;
  expect(manifest).toMatchObject({
    dataset: { name: "Mali War: Talataye and Tinzaouaten", project: { slug: "demo" } },
    format: "zip",
    filters: { statuses: ["approved"] },
    counts: { claims: previewed, claimsByStatus: { approved: previewed } },
    exportedBy: { name: "Rémi Reviewer" },
  });
  expect(Object.keys(files).sort()).toEqual([...manifest.files.map((f) => f.path), "manifest.json"].sort());
  for (const file of manifest.files) {
    expect(files[file.path]!.byteLength, file.path).toBe(file.bytes);
    expect(sha256(files[file.path]!), file.path).toBe(file.sha256);
  }

  const records = decoder.decode(files["claims.jsonl"]).trimEnd().split("\n").map((line) => JSON.parse(line));
  const claims = records.filter((r) => r.kind === "claim");
  expect(claims).toHaveLength(previewed);
  expect(claims.every((c) => c.status === "approved" && c.evidence.length > 0)).toBe(true);
  expect(claims.map((c) => c.id)).toEqual([...claims.map((c) => c.id)].sort());
  const csvRows = decoder.decode(files["claims.csv"]).split("\r\n").filter(Boolean);
  expect(csvRows).toHaveLength(previewed + 1);
  const annotations = JSON.parse(decoder.decode(files["web-annotation.jsonld"]));
  expect(annotations).toMatchObject({ type: "AnnotationCollection", total: manifest.counts.evidence, first: { type: "AnnotationPage" } });

  // One format after the zip is a file of the same version, not a version of its own.
  const csv = await downloaded(page, () => page.getByRole("list", { name: "Single formats" }).getByRole("link", { name: "CSV" }).click());
  expect(csv.download.suggestedFilename()).toBe(`demo-v${manifest.dataset.version}-claims.csv`);
  expect(sha256(csv.bytes)).toBe(sha256(files["claims.csv"]!));

  // The version is listed and its zip and each of its formats download again byte for byte.
  await page.reload();
  const row = page.getByRole("row", { name: new RegExp(`^v${manifest.dataset.version}\\b`) });
  await expect(row).toContainText("Rémi Reviewer");
  await expect(page.getByRole("row", { name: new RegExp(`^v${manifest.dataset.version + 1}\\b`) })).toHaveCount(0);
  const again = await downloaded(page, () => row.getByRole("link", { name: `demo-v${manifest.dataset.version}.zip` }).click());
  expect(sha256(again.bytes)).toBe(sha256(first.bytes));
  const prov = await downloaded(page, () => row.getByRole("link", { name: "PROV-O" }).click());
  expect(sha256(prov.bytes)).toBe(sha256(files["prov.jsonld"]!));
});

test("a single format comes as its own file; researchers may not export; imports are checked; the JSON-LD context is served", async ({ request }) => {
  const reviewer = { authorization: `Bearer ${await apiToken(request, "reviewer@demo.test")}` };
  const projects = (await (await request.get("/api/v1/projects", { headers: reviewer })).json()).projects as { id: string; slug: string }[];
  const demo = projects.find((p) => p.slug === "demo")!;

  const csv = await request.get(`/api/v1/projects/${demo.id}/export?format=csv&status=approved`, { headers: reviewer });
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toMatch(/attachment; filename="demo-v\d+-claims\.csv"/);
  expect((await csv.text()).startsWith("\uFEFFclaim_id,")).toBe(true);

  const invalid = await request.get(`/api/v1/projects/${demo.id}/export?format=csv&status=published`, { headers: reviewer });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).error.details.fields).toEqual([expect.objectContaining({ path: "query.status" })]);

  const researcher = { authorization: `Bearer ${await apiToken(request, "researcher@demo.test")}` };
  expect((await request.get(`/api/v1/projects/${demo.id}/export`, { headers: researcher })).status()).toBe(403);

  const owner = { authorization: `Bearer ${await apiToken(request, "owner@demo.test")}`, "content-type": "application/x-ndjson" };
  const header = JSON.stringify({ kind: "header", schemaVersion: "provenance-export/1" });
  // Into an empty project the file is taken as a job, whose worker checks every line and writes nothing of a bad file.
  const slug = `import-check-${Date.now()}`;
  const empty = (await (await request.post("/api/v1/projects", { headers: { authorization: owner.authorization }, data: { name: slug, slug } })).json()).project as { id: string };
  const rejected = await request.post(`/api/v1/projects/${empty.id}/import`, { headers: owner, data: `${header}\n{"kind":"claim"}\n` });
  expect(rejected.status()).toBe(202);
  const jobId = ((await rejected.json()) as { job: { id: string } }).job.id;
  await expect
    .poll(async () => ((await (await request.get(`/api/v1/jobs/${jobId}`, { headers: { authorization: owner.authorization } })).json()) as { job: { status: string } }).job.status, {
      timeout: 30_000,
    })
    .toBe("failed");
  const failed = (await (await request.get(`/api/v1/jobs/${jobId}`, { headers: { authorization: owner.authorization } })).json()).job;
  expect(failed.problems).toEqual([expect.objectContaining({ line: 2 })]);
  expect((await (await request.get(`/api/v1/projects/${empty.id}/claims`, { headers: { authorization: owner.authorization } })).json()).claims).toEqual([]);
  const notEmpty = await request.post(`/api/v1/projects/${demo.id}/import`, { headers: owner, data: `${header}\n` });
  expect(notEmpty.status()).toBe(409);

  const context = await request.get("/ns/provenance.jsonld");
  expect(context.headers()["content-type"]).toContain("application/ld+json");
  expect((await context.json())["@context"]).toMatchObject({ Claim: "pe:Claim" });
});
