import { readFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { ExportFormat } from "@/lib/db/generated/enums";
import { CONTEXT_FILE_PATH, dataFiles, ESTIMATES_FILE_PATH, MANIFEST_FILE_PATH } from "@/lib/export/dataset";
import { sha256OfBytes } from "@/lib/export/export-stream";
import { exportFiltersSchema, type ExportFiltersInput } from "@/lib/export/filters";
import { manifestSchema } from "@/lib/export/manifest";
import { claimRecordSchema, exportLineSchema, type ClaimRecord } from "@/lib/export/records";
import { exportDataset } from "@/lib/server/export/export-dataset";
import { getVersionFile } from "@/lib/server/export/get-version-file";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { listExportRuns } from "@/lib/server/export/list-export-runs";
import { previewExport } from "@/lib/server/export/preview-export";
import { exportPool } from "@/lib/server/export/snapshot";
import { expandSafely } from "@/tests/fixtures/jsonld-loader";
import { webAnnotationFailures } from "@/tests/fixtures/validate-web-annotation";
import { annotationPages, pageAlone, pageAnnotations } from "@/tests/fixtures/web-annotation-pages";
import { revisionTextRoute } from "@/lib/api/contract/sources";
import { publicBaseUrl } from "@/lib/env";
import { claimInputSchema } from "@/lib/claims/claim-input";
import { createClaim } from "@/lib/server/claims/create-claim";
import { bytesOf, reviewedScenario } from "./export-factories";
import { callRoute, tokenOf } from "./route-client";
import { annotatePhrase, createProject, createUser, testDb } from "./factories";

type Scenario = Awaited<ReturnType<typeof reviewedScenario>>;
let scenario: Scenario;

beforeAll(async () => {
  scenario = await reviewedScenario();
});


const decoder = new TextDecoder();

async function download(format: ExportFormat, filters: ExportFiltersInput = {}, actor = scenario.members.reviewer) {
  const exported = await exportDataset(testDb(), actor, scenario.project.id, { format, filters: exportFiltersSchema.parse(filters) });
  return { ...exported, bytes: await bytesOf(exported) };
}

function claimLines(jsonl: string): ClaimRecord[] {
  return jsonl
    .trimEnd()
    .split("\n")
    .map((line) => exportLineSchema.parse(JSON.parse(line)))
    .flatMap((record) => (record.kind === "claim" ? [record] : []));
}

describe("dataset export", () => {
  it("zips every format with a manifest that names each file's size and sha256, and records the export as version 1", async () => {
    const { bytes, filename, contentType } = await download("zip");
    expect(contentType).toBe("application/zip");
    const files = unzipSync(bytes);
    const manifest = manifestSchema.parse(JSON.parse(decoder.decode(files[MANIFEST_FILE_PATH])));
    expect(filename).toBe(`${scenario.project.slug}-v${manifest.dataset.version}.zip`);
    expect(Object.keys(files).sort()).toEqual([...manifest.files.map((f) => f.path), MANIFEST_FILE_PATH].sort());
    for (const file of manifest.files) expect(sha256OfBytes(files[file.path]!)).toBe(file.sha256);
    expect(manifest).toMatchObject({
      dataset: { name: scenario.project.name, version: 1, project: { id: scenario.project.id, slug: scenario.project.slug } },
      format: "zip",
      filters: { statuses: ["approved"] },
      counts: { claims: 4, evidence: 4, sources: 1, conflicts: 3, claimsByStatus: { approved: 4 } },
      exportedBy: { id: scenario.members.reviewer.userId, name: scenario.members.reviewer.name },
    });

    const run = await testDb().exportRun.findFirstOrThrow({ where: { projectId: scenario.project.id, datasetVersion: 1 } });
    expect(run).toMatchObject({ format: "zip", createdById: scenario.members.reviewer.userId, sha256: sha256OfBytes(bytes) });
    // The zip is a file in storage under its sha256; the database holds only its key.
    expect(run).toMatchObject({ archiveKey: `archives/${run.sha256}.zip`, legacyArchive: null });
    expect(Buffer.compare(readFileSync(path.join(process.env.ARCHIVE_DIR!, run.archiveKey!)), bytes)).toBe(0);
    expect(await testDb().auditEvent.count({ where: { objectId: run.id, action: "export.create" } })).toBe(1);
  });

  it("serves every format of one version: unchanged data and filters mint no new version, a change mints the next", async () => {
    const everyStatus: ExportFiltersInput = { statuses: ["draft", "submitted", "approved", "rejected", "changes_requested"] };
    const runsBefore = await testDb().exportRun.count({ where: { projectId: scenario.project.id } });
    const zip = await download("zip", everyStatus);
    expect(zip.isNewVersion).toBe(true);
    const files = unzipSync(zip.bytes);
    for (const format of ["jsonl", "csv", "webannotation", "prov"] as const) {
      const single = await download(format, everyStatus);
      expect(single).toMatchObject({ datasetVersion: zip.datasetVersion, isNewVersion: false });
      expect(single.filename).toBe(`${scenario.project.slug}-v${zip.datasetVersion}-${dataFiles[format].path}`);
      expect(sha256OfBytes(single.bytes)).toBe(sha256OfBytes(files[dataFiles[format].path]!));
    }
    const again = await download("zip", everyStatus);
    expect(again.datasetVersion).toBe(zip.datasetVersion);
    expect(Buffer.compare(again.bytes, zip.bytes)).toBe(0);
    expect(await testDb().exportRun.count({ where: { projectId: scenario.project.id } })).toBe(runsBefore + 1);

    // Other filters are another dataset: its first download is a version of its own.
    const approvedOnly = await download("csv", { statuses: ["approved"], propertyKeys: [scenario.vocabulary.casualties.key] });
    expect(approvedOnly).toMatchObject({ datasetVersion: zip.datasetVersion + 1, isNewVersion: true });

    const draft = await testDb().claim.findUniqueOrThrow({ where: { id: scenario.claims.draft.id } });
    await updateClaim(testDb(), { actor: scenario.members.researcher, claimId: draft.id, update: { version: draft.version, note: "Checked again" } });
    const changed = await download("csv", everyStatus);
    expect(changed).toMatchObject({ datasetVersion: zip.datasetVersion + 2, isNewVersion: true });
    const [latest] = await listExportRuns(testDb(), scenario.members.owner, scenario.project.id);
    expect(latest).toMatchObject({ datasetVersion: changed.datasetVersion, format: "zip", archiveName: `${scenario.project.slug}-v${changed.datasetVersion}.zip` });
    expect(Object.keys(unzipSync(await bytesOf(await getVersionFile(testDb(), scenario.members.owner, latest!.id)))).sort()).toEqual(
      [
        ...Object.values(dataFiles).map((f) => f.path),
        ESTIMATES_FILE_PATH,
        ...["entities.csv", "properties.csv", "sources.csv", "evidence.csv", "datapackage.json", "README.md", "CITATION.cff", "LICENSE"],
        CONTEXT_FILE_PATH,
        MANIFEST_FILE_PATH,
      ].sort(),
    );
  });

  it("writes each claim with value, evidence, attribution chain, conflicts with their resolution and the review", async () => {
    const { bytes } = await download("jsonl");
    const claims = claimLines(decoder.decode(bytes));
    const { msa, is, airstrikes, draft } = scenario.claims;
    expect(claims.map((c) => c.id)).toEqual([...claims.map((c) => c.id)].sort());
    expect(claims.map((c) => c.id)).not.toContain(draft.id);
    const revision = await testDb().sourceRevision.findFirstOrThrow({ where: { sourceId: scenario.source.id } });

    const msaRecord = claims.find((c) => c.id === msa.id)!;
    expect(msaRecord).toMatchObject({
      subject: { name: "MSA and JNIM forces" },
      property: { key: "casualties" },
      value: { type: "quantity", kind: "exact", min: 4, max: 4 },
      valueText: "exactly 4 killed",
      status: "approved",
      rank: "preferred",
      evidence: [{ exact: "4 (per MSA)", source: { id: scenario.source.id }, revision: { number: 1, sha256: revision.sha256 } }],
      attribution: [{ role: "origin", entity: { name: "Movement for the Salvation of Azawad" } }],
      review: { decision: "approve", reviewer: { id: scenario.members.reviewer.userId, name: scenario.members.reviewer.name } },
    });
    const resolved = msaRecord.conflicts.find((k) => k.id === scenario.contradiction.id)!;
    expect(resolved).toMatchObject({
      kind: "contradiction",
      status: "resolved",
      resolutionReason: "MSA counted its own dead",
      resolvedBy: { name: scenario.members.reviewer.name },
      rank: "preferred",
      claimIds: [msa.id, is.id].sort(),
    });
    expect(claims.find((c) => c.id === is.id)!.conflicts.find((k) => k.id === scenario.contradiction.id)).toMatchObject({
      rank: "deprecated",
      rankReason: "Propaganda figure",
    });
    expect(claims.find((c) => c.id === airstrikes.id)!.attribution.map((l) => [l.role, l.partyName ?? l.entity?.name ?? l.source?.title])).toEqual([
      ["origin", "local sources"],
      ["intermediary", "Le Monde"],
      ["reporter", "Battle of Talataye (2022)"],
    ]);
    for (const claim of claims) expect(claimRecordSchema.safeParse(claim).success).toBe(true);
  });

  it("filters by status, property, source, entity and day recorded, and records the filters in the manifest", async () => {
    const ids = async (filters: ExportFiltersInput) => claimLines(decoder.decode((await download("jsonl", filters)).bytes)).map((c) => c.id).sort();
    const { msa, is, acled, airstrikes, draft } = scenario.claims;
    const v = scenario.vocabulary;
    expect(await ids({ statuses: ["draft"] })).toEqual([draft.id]);
    expect(await ids({ statuses: ["approved", "draft"] })).toHaveLength(5);
    expect(await ids({ propertyKeys: ["occurred"] })).toEqual([airstrikes.id]);
    expect(await ids({ sourceIds: [scenario.source.id] })).toHaveLength(4);
    expect(await ids({ entityIds: [v.leMonde.id] })).toEqual([airstrikes.id]);
    expect(await ids({ entityIds: [v.isgs.id], statuses: ["approved", "draft"] })).toEqual([is.id, draft.id].sort());
    const today = new Date().toISOString().slice(0, 10);
    expect(await ids({ recordedFrom: today, recordedTo: today })).toEqual([msa.id, is.id, acled.id, airstrikes.id].sort());
    expect(await ids({ recordedTo: "2000-01-01" })).toEqual([]);

    const { bytes } = await download("zip", { propertyKeys: ["occurred"], entityIds: [v.leMonde.id] });
    const manifest = manifestSchema.parse(JSON.parse(decoder.decode(unzipSync(bytes)[MANIFEST_FILE_PATH])));
    expect(manifest.filters).toMatchObject({ statuses: ["approved"], propertyKeys: ["occurred"], entityIds: [v.leMonde.id] });
    expect(manifest.filterNames).toEqual({ sources: [], properties: [{ key: "occurred", label: "Occurred" }], entities: [{ id: v.leMonde.id, name: "Le Monde" }] });
    expect(manifest.counts).toMatchObject({ claims: 1, sources: 1, conflicts: 0 });
  });

  it("answers an unknown filter id with a validation error naming it, before anything is read", async () => {
    await expect(download("jsonl", { sourceIds: ["not-a-source"] })).rejects.toMatchObject({
      status: 400,
      details: { fields: [{ path: "sources", message: expect.stringContaining("not-a-source") }] },
    });
    const other = await createProject(["owner"]);
    const foreign = await testDb().entity.create({ data: { projectId: other.project.id, name: "Elsewhere", kind: "place" } });
    await expect(download("jsonl", { entityIds: [foreign.id] })).rejects.toMatchObject({ status: 400 });
  });

  it("exports W3C Web Annotation that passes every MUST of the W3C schemas and expands as JSON-LD, and PROV-O that expands", async () => {
    const document = JSON.parse(decoder.decode((await download("webannotation", { statuses: ["approved", "draft"] })).bytes));
    const withContext = (node: object) => ({ "@context": document["@context"], ...node });
    expect(webAnnotationFailures("collection", document)).toEqual([]);
    expect(document.total).toBe(5);
    const pages = annotationPages(document);
    expect(pages.flatMap(pageAnnotations)).toHaveLength(5);
    for (const page of pages) {
      expect(webAnnotationFailures("page", withContext(pageAlone(page)))).toEqual([]);
      for (const annotation of pageAnnotations(page)) expect(webAnnotationFailures("annotation", withContext(annotation))).toEqual([]);
    }
    await expect(expandSafely(document)).resolves.toBeInstanceOf(Array);
    const prov = JSON.parse(decoder.decode((await download("prov")).bytes));
    await expect(expandSafely(prov)).resolves.toBeInstanceOf(Array);
  });

  it("names each annotation's revision by an HTTP IRI that answers its text to members only, the quote at its code point offsets", async () => {
    const document = JSON.parse(decoder.decode((await download("webannotation")).bytes));
    const annotations = annotationPages(document).flatMap(pageAnnotations);
    expect(annotations.length).toBeGreaterThan(0);
    const iriPattern = new RegExp(`^${publicBaseUrl().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/api/v1/sources/([^/]+)/revisions/(\\d+)/text$`);
    const viewer = await tokenOf(scenario.members.viewer);
    for (const { target } of annotations) {
      const [, sourceId, number] = iriPattern.exec(target.source.id) ?? [];
      expect(sourceId, target.source.id).toBeDefined();
      const { status, response } = await callRoute(revisionTextRoute, { token: viewer, params: { sourceId: sourceId!, number: number! } });
      expect(status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(response.headers.get("etag")).toBe(`"${target.source.sha256}"`);
      const text = await response.text();
      const [quote, position] = target.selector;
      expect([...text].slice(position.start, position.end).join("")).toBe(quote.exact);
    }

    const [, sourceId] = iriPattern.exec(annotations[0]!.target.source.id)!;
    expect((await callRoute(revisionTextRoute, { params: { sourceId: sourceId!, number: "1" } })).status).toBe(401);
    const outsider = await tokenOf(await createUser());
    expect((await callRoute(revisionTextRoute, { token: outsider, params: { sourceId: sourceId!, number: "1" } })).status).toBe(404);
    expect((await callRoute(revisionTextRoute, { token: viewer, params: { sourceId: sourceId!, number: "99" } })).status).toBe(404);
  });

  it("closes a filtered export: its conflicts name only claims in the files and describe the others as outside the selection", async () => {
    const own = await reviewedScenario();
    const { msaJnim, casualties, msa } = own.vocabulary;
    const nine = await createClaim(testDb(), {
      actor: own.members.researcher,
      projectId: own.project.id,
      input: claimInputSchema.parse({
        subjectId: msaJnim.id,
        propertyId: casualties.id,
        value: { type: "quantity", kind: "exact", min: 9, max: 9, category: "killed" },
        attribution: [{ role: "origin", entityId: msa.id }],
        evidenceAnnotationIds: [(await annotatePhrase(own.members.researcher, own.source.id, "Casualties1: 60+")).id],
      }),
    });
    const exportOf = async (statuses: ExportFiltersInput["statuses"]) => {
      const exported = await exportDataset(testDb(), own.members.reviewer, own.project.id, { format: "jsonl", filters: exportFiltersSchema.parse({ statuses }) });
      return claimLines(decoder.decode(await bytesOf(exported)));
    };

    const approved = await exportOf(["approved"]);
    const inFiles = new Set(approved.map((claim) => claim.id));
    const conflicts = approved.flatMap((claim) => claim.conflicts);
    expect(conflicts.length).toBeGreaterThan(0);
    for (const conflict of conflicts) {
      expect(conflict.claimIds.every((id) => inFiles.has(id)), conflict.explanation).toBe(true);
      expect(conflict.claimsOutsideSelection.some((other) => inFiles.has(other.id))).toBe(false);
    }
    expect(conflicts.flatMap((conflict) => conflict.claimsOutsideSelection)).toContainEqual({ id: nine.id, status: "draft", valueText: "exactly 9 killed" });

    const withDrafts = await exportOf(["approved", "draft"]);
    const nineConflicts = withDrafts.find((claim) => claim.id === nine.id)!.conflicts;
    expect(nineConflicts.length).toBeGreaterThan(0);
    for (const conflict of nineConflicts) expect(conflict).toMatchObject({ claimIds: expect.arrayContaining([nine.id]), claimsOutsideSelection: [] });
  });

  it("neutralises the formula in the CSV note", async () => {
    const csv = decoder.decode((await download("csv")).bytes);
    expect(csv).toContain(",'=cmd|' /C calc'!A0\r\n");
    expect(csv).not.toMatch(/,=cmd/);
  });

  it("previews the counts and the first claims exactly as the export writes them", async () => {
    const preview = await previewExport(testDb(), scenario.members.owner, scenario.project.id, exportFiltersSchema.parse({}));
    expect(preview.counts).toMatchObject({ claims: 4, evidence: 4 });
    const exported = claimLines(decoder.decode((await download("jsonl")).bytes));
    expect(preview.claims).toEqual(exported.slice(0, preview.claims.length));
  });

  it("lets owners and reviewers export; researchers and viewers are refused, non-members see nothing", async () => {
    const { researcher, viewer } = scenario.members;
    const outsider = await createUser();
    await expect(download("jsonl", {}, researcher)).rejects.toMatchObject({ status: 403 });
    await expect(download("jsonl", {}, viewer)).rejects.toMatchObject({ status: 403 });
    await expect(download("jsonl", {}, outsider)).rejects.toMatchObject({ status: 404 });
    await expect(listExportRuns(testDb(), viewer, scenario.project.id)).rejects.toMatchObject({ status: 403 });
    await expect(previewExport(testDb(), outsider, scenario.project.id, exportFiltersSchema.parse({}))).rejects.toMatchObject({ status: 404 });
  });

  it("downloads a past export again, byte for byte, only for members of its own project", async () => {
    const { bytes, datasetVersion } = await download("zip");
    const latest = (await listExportRuns(testDb(), scenario.members.reviewer, scenario.project.id)).find((run) => run.datasetVersion === datasetVersion);
    const archive = await getVersionFile(testDb(), scenario.members.owner, latest!.id);
    expect(Buffer.compare(await bytesOf(archive), bytes)).toBe(0);
    expect(archive.filename).toBe(latest!.archiveName);
    const csv = await getVersionFile(testDb(), scenario.members.owner, latest!.id, "csv");
    expect(Buffer.compare(await bytesOf(csv), Buffer.from(unzipSync(bytes)["claims.csv"]!))).toBe(0);
    expect(csv.filename).toBe(`${scenario.project.slug}-v${latest!.datasetVersion}-claims.csv`);
    const elsewhere = await createProject(["owner"]);
    await expect(getVersionFile(testDb(), elsewhere.members.owner, latest!.id)).rejects.toMatchObject({ status: 404 });
    await expect(getVersionFile(testDb(), scenario.members.viewer, latest!.id)).rejects.toMatchObject({ status: 403 });
    await expect(getVersionFile(testDb(), scenario.members.owner, "no-such-export")).rejects.toMatchObject({ status: 404 });
  });

  it("gives its snapshot connection back once the version is read", async () => {
    await download("jsonl");
    expect(exportPool().totalCount).toBe(exportPool().idleCount);
  });
});
