import { beforeAll, describe, expect, it } from "vitest";
import { exportFiltersSchema } from "@/lib/export/filters";
import { exportLineSchema, type ClaimRecord, type ExportLine } from "@/lib/export/records";
import { exportDataset } from "@/lib/server/export/export-dataset";
import { importDataset } from "@/lib/server/export/import-dataset";
import { bytesOf, reviewedScenario } from "./export-factories";
import { createProject, createSource, testDb } from "./factories";

let scenario: Awaited<ReturnType<typeof reviewedScenario>>;
let exported: string;

const everyStatus = exportFiltersSchema.parse({ statuses: ["draft", "submitted", "approved", "rejected", "changes_requested"] });

async function exportJsonl(projectId: string, actor = scenario.members.owner): Promise<string> {
  const exported = await exportDataset(testDb(), actor, projectId, { format: "jsonl", filters: everyStatus });
  return (await bytesOf(exported)).toString("utf8");
}

function records(jsonl: string): ExportLine[] {
  return jsonl
    .trimEnd()
    .split("\n")
    .map((line) => exportLineSchema.parse(JSON.parse(line)));
}

/**
 * A claim as two installations agree on it: ids of rows are local to a
 * database, and people are not carried over (an import is authored by the
 * importing user, review decisions stay with the source dataset), so both are
 * replaced by what they point at.
 */
function comparable(jsonl: string) {
  const claims = records(jsonl).filter((r): r is ClaimRecord => r.kind === "claim");
  const keyOf = new Map(claims.map((c) => [c.id, `${c.subject.name}|${c.property.key}|${c.valueText}|${c.evidence.map((e) => e.exact).join("+")}`]));
  return claims
    .map(({ id, review: _review, history, evidence, attribution, conflicts, subject, value, ...claim }) => ({
      key: keyOf.get(id),
      ...claim,
      subject: subject.name,
      value: value.type === "entity" ? { ...value, entityId: "(entity)" } : value,
      history: { version: history.version, createdAt: history.createdAt, updatedAt: history.updatedAt },
      evidence: evidence.map(({ annotationId: _a, source, ...span }) => ({ ...span, source: source.title })),
      attribution: attribution.map((link) => ({ ...link, entity: link.entity?.name ?? null, source: link.source?.title ?? null })),
      conflicts: conflicts.map(({ id: _id, resolvedBy: _by, claimIds, ...conflict }) => ({
        ...conflict,
        members: claimIds.map((claimId) => keyOf.get(claimId)).sort(),
      })),
    }))
    .sort((a, b) => a.key!.localeCompare(b.key!));
}

beforeAll(async () => {
  scenario = await reviewedScenario();
  exported = await exportJsonl(scenario.project.id);
});


describe("JSON Lines import", () => {
  it("recreates sources, annotations, entities, claims, attributions and conflicts: exporting again gives the same claims", async () => {
    const { project, members } = await createProject(["owner"]);
    const report = await importDataset(testDb(), members.owner, project.id, exported);
    expect(report).toMatchObject({ sources: 1, revisions: 1, annotations: 5, claims: 5, conflicts: 3, properties: { created: 3 } });

    const again = await exportJsonl(project.id, members.owner);
    expect(comparable(again)).toEqual(comparable(exported));
    const sources = (jsonl: string) => records(jsonl).flatMap((r) => (r.kind === "source" ? [{ ...r, id: "" }] : []));
    expect(sources(again)).toEqual(sources(exported));

    const imported = await testDb().claim.findMany({ where: { projectId: project.id }, include: { attributions: true } });
    expect(imported.every((c) => c.createdById === members.owner.userId)).toBe(true);
    const searched = await testDb().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Claim" WHERE "projectId" = ${project.id} AND "searchVector" @@ websearch_to_tsquery('simple', 'Monde')`;
    expect(searched[0]!.n).toBe(1);
    expect(await testDb().auditEvent.count({ where: { projectId: project.id, action: "dataset.import" } })).toBe(1);
  });

  it("puts every claim through the app's own checks: one audit event per claim, and detection finds the conflicts a file leaves out", async () => {
    const { project, members } = await createProject(["owner"]);
    const withoutConflicts = records(exported)
      .map((record) => JSON.stringify(record.kind === "claim" ? { ...record, conflicts: [] } : record))
      .join("\n");
    const report = await importDataset(testDb(), members.owner, project.id, withoutConflicts);
    expect(report).toMatchObject({ claims: 5, conflicts: 0 });
    expect(await testDb().auditEvent.count({ where: { projectId: project.id, action: "claim.import" } })).toBe(5);
    const detected = await testDb().conflict.findMany({ where: { projectId: project.id, isManual: false } });
    expect(detected.length).toBeGreaterThan(0);
  });

  it("refuses a claim whose value does not fit its property, naming the line, and writes nothing", async () => {
    const { project, members } = await createProject(["owner"]);
    const lines = exported.trimEnd().split("\n");
    const claimLine = lines.findIndex((l) => l.includes('"kind":"claim"') && l.includes('"type":"quantity"'));
    const claim = JSON.parse(lines[claimLine]!);
    claim.value = { type: "text", text: "many" };
    lines[claimLine] = JSON.stringify(claim);
    await expect(importDataset(testDb(), members.owner, project.id, lines.join("\n"))).rejects.toMatchObject({
      status: 400,
      code: "import_rejected",
      details: { lines: [{ line: claimLine + 1, reason: expect.stringContaining("value") }] },
    });
    expect(await testDb().claim.count({ where: { projectId: project.id } })).toBe(0);
  });

  it("matches properties and entities the project already has by key and by name", async () => {
    const { project, members } = await createProject(["owner"]);
    const existing = await testDb().entity.create({ data: { projectId: project.id, name: "Le Monde", kind: "media_outlet" } });
    await testDb().property.create({ data: { projectId: project.id, key: "casualties", label: "Casualties", valueType: "quantity" } });
    const report = await importDataset(testDb(), members.owner, project.id, exported);
    expect(report.properties).toEqual({ created: 2, reused: 1 });
    expect(report.entities.reused).toBe(1);
    const link = await testDb().attribution.findFirstOrThrow({ where: { claim: { projectId: project.id }, role: "intermediary" } });
    expect(link.entityId).toBe(existing.id);
  });

  it("rejects a file with bad lines, listing each with its number and reason, and writes nothing", async () => {
    const { project, members } = await createProject(["owner"]);
    const lines = exported.trimEnd().split("\n");
    const claimLine = lines.findIndex((l) => l.includes('"kind":"claim"'));
    const claim = JSON.parse(lines[claimLine]!);
    claim.evidence[0].exact = "something else";
    lines[claimLine] = JSON.stringify(claim);
    lines.push('{"kind":"claim"}');
    await expect(importDataset(testDb(), members.owner, project.id, lines.join("\n"))).rejects.toMatchObject({
      status: 400,
      code: "import_rejected",
      details: {
        lines: [
          { line: claimLine + 1, reason: expect.stringContaining("the quote does not match the text") },
          { line: lines.length, reason: expect.stringContaining("id:") },
        ],
      },
    });
    expect(await testDb().source.count({ where: { projectId: project.id } })).toBe(0);
    expect(await testDb().entity.count({ where: { projectId: project.id } })).toBe(0);
  });

  it("rolls everything back when the project refuses a record half-way (a property of another value type)", async () => {
    const { project, members } = await createProject(["owner"]);
    await testDb().property.create({ data: { projectId: project.id, key: "occurred", label: "Occurred", valueType: "text" } });
    const propertyLine = exported.split("\n").findIndex((l) => l.includes('"key":"occurred"'));
    await expect(importDataset(testDb(), members.owner, project.id, exported)).rejects.toMatchObject({
      code: "import_rejected",
      details: { lines: [{ line: propertyLine + 1, reason: expect.stringContaining("takes text values") }] },
    });
    expect(await testDb().property.count({ where: { projectId: project.id } })).toBe(1);
    expect(await testDb().entity.count({ where: { projectId: project.id } })).toBe(0);
    expect(await testDb().source.count({ where: { projectId: project.id } })).toBe(0);
  });

  it("imports only into an empty project, and only for its owners", async () => {
    const { project, members } = await createProject(["owner", "reviewer"]);
    await expect(importDataset(testDb(), members.reviewer, project.id, exported)).rejects.toMatchObject({ status: 403 });
    await createSource(members.owner, project.id, "Another text entirely.", "Another source");
    await expect(importDataset(testDb(), members.owner, project.id, exported)).rejects.toMatchObject({ status: 409, code: "project_not_empty" });
    expect(await testDb().claim.count({ where: { projectId: project.id } })).toBe(0);
  });
});
