import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { downloadExportRoute } from "@/lib/api/contract/exports";
import { sha256OfBytes } from "@/lib/export/export-stream";
import { exportFiltersSchema, type ExportFiltersInput } from "@/lib/export/filters";
import { exportDataset } from "@/lib/server/export/export-dataset";
import { moveLegacyArchives } from "@/lib/server/export/stored-archives";
import { archiveStorage } from "@/lib/server/storage/storage-config";
import { bytesOf, reviewedScenario } from "./export-factories";
import { testDb } from "./factories";
import { callRoute, tokenOf } from "./route-client";

type Scenario = Awaited<ReturnType<typeof reviewedScenario>>;
let scenario: Scenario;
let token: string;

beforeAll(async () => {
  scenario = await reviewedScenario();
  token = await tokenOf(scenario.members.reviewer);
});

const storedPath = (key: string) => path.join(process.env.ARCHIVE_DIR!, key);

async function exportZip(filters: ExportFiltersInput) {
  const exported = await exportDataset(testDb(), scenario.members.reviewer, scenario.project.id, { format: "zip", filters: exportFiltersSchema.parse(filters) });
  const bytes = await bytesOf(exported);
  const run = await testDb().exportRun.findUniqueOrThrow({
    where: { projectId_datasetVersion: { projectId: scenario.project.id, datasetVersion: exported.datasetVersion } },
    select: { id: true, sha256: true, archiveKey: true },
  });
  return { ...exported, bytes, run };
}

/**
 * Puts a version back as it was before archives went to storage: its zip in
 * the database column, no key, and no file in the folder.
 */
async function asLegacyVersion(run: { id: string; archiveKey: string | null }, bytes: Buffer) {
  rmSync(storedPath(run.archiveKey!));
  await testDb().exportRun.update({ where: { id: run.id }, data: { archiveKey: null, legacyArchive: new Uint8Array(bytes) } });
}

describe("archives moved from the database to storage", () => {
  it("moves every archive still in the database at the worker's start, once, then finds nothing to move", async () => {
    const first = await exportZip({ statuses: ["draft"] });
    const second = await exportZip({ statuses: ["rejected"] });
    for (const version of [first, second]) await asLegacyVersion(version.run, version.bytes);

    const lines: string[] = [];
    expect(await moveLegacyArchives(testDb(), archiveStorage(), (line) => lines.push(line))).toBeGreaterThanOrEqual(2);
    expect(lines.join("\n")).toMatch(/Moved \d+ dataset archives from the database to the folder /);
    for (const version of [first, second]) {
      const row = await testDb().exportRun.findUniqueOrThrow({ where: { id: version.run.id }, select: { archiveKey: true, legacyArchive: true, sha256: true } });
      expect(row).toEqual({ archiveKey: `archives/${version.run.sha256}.zip`, legacyArchive: null, sha256: version.run.sha256 });
      expect(Buffer.compare(readFileSync(storedPath(row.archiveKey!)), version.bytes)).toBe(0);
    }
    expect(await moveLegacyArchives(testDb(), archiveStorage())).toBe(0);
  });

  it("serves a version whose zip is still in the database: moved to storage by its first download, byte for byte", async () => {
    const version = await exportZip({ statuses: ["submitted"] });
    await asLegacyVersion(version.run, version.bytes);
    expect(existsSync(storedPath(version.run.archiveKey!))).toBe(false);

    const download = await callRoute(downloadExportRoute, { token, params: { exportId: version.run.id } });
    expect(download.status).toBe(200);
    expect(Buffer.compare(Buffer.from(await download.response.arrayBuffer()), version.bytes)).toBe(0);
    const row = await testDb().exportRun.findUniqueOrThrow({ where: { id: version.run.id }, select: { archiveKey: true, legacyArchive: true } });
    expect(row).toEqual({ archiveKey: version.run.archiveKey, legacyArchive: null });
    expect(sha256OfBytes(readFileSync(storedPath(row.archiveKey!)))).toBe(version.run.sha256);
  });

  it("reuses a version whose zip is still in the database when the data have not changed, moving it to storage", async () => {
    const filters: ExportFiltersInput = { statuses: ["changes_requested"] };
    const version = await exportZip(filters);
    await asLegacyVersion(version.run, version.bytes);

    const again = await exportZip(filters);
    expect(again).toMatchObject({ isNewVersion: false, datasetVersion: version.datasetVersion });
    expect(Buffer.compare(again.bytes, version.bytes)).toBe(0);
    expect(again.run.archiveKey).toBe(version.run.archiveKey);
    expect(await testDb().exportRun.count({ where: { projectId: scenario.project.id, legacyArchive: { not: null } } })).toBe(0);
  });

  it("never serves the database column: a version whose stored file is gone fails instead of answering old bytes", async () => {
    const version = await exportZip({ statuses: ["approved", "draft"] });
    rmSync(storedPath(version.run.archiveKey!));
    // Even bytes left in the column are not read once the row names its stored archive.
    await testDb().exportRun.update({ where: { id: version.run.id }, data: { legacyArchive: new Uint8Array(version.bytes) } });
    const download = await callRoute(downloadExportRoute, { token, params: { exportId: version.run.id } });
    expect(download.status).toBe(500);
  });

  it("answers 404 for a version whose zip was never kept", async () => {
    const version = await exportZip({ statuses: ["approved", "submitted"] });
    await testDb().exportRun.update({ where: { id: version.run.id }, data: { archiveKey: null } });
    const download = await callRoute(downloadExportRoute, { token, params: { exportId: version.run.id } });
    expect(download.status).toBe(404);
    expect(download.json).toMatchObject({ error: { code: "not_found", message: "Export archive was not found." } });
  });
});
