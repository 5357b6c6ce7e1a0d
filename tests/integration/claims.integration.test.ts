import { describe, expect, it } from "vitest";
import { claimInputSchema } from "@/lib/claims/claim-input";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { getClaim } from "@/lib/server/claims/get-claim";
import { listClaims } from "@/lib/server/claims/list-claims";
import { claimFiltersSchema } from "@/lib/claims/claim-filters";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { mergeEntities } from "@/lib/server/entities/merge-entities";
import { annotatePhrase, createProject, createSource, createVocabulary, testDb } from "./factories";

async function setup() {
  const { project, members } = await createProject(["owner", "reviewer", "researcher", "viewer"]);
  const { source } = await createSource(members.owner, project.id);
  const vocabulary = await createVocabulary(project.id);
  const msaFour = await annotatePhrase(members.researcher, source.id, "4 (per MSA)");
  const isSixty = await annotatePhrase(members.researcher, source.id, "60+ (per IS)");
  return { project, members, source, vocabulary, msaFour, isSixty };
}

function casualtyClaim(
  v: Awaited<ReturnType<typeof createVocabulary>>,
  annotationId: string,
  value: { kind: "exact" | "at_least"; min: number; max: number | null },
  origin: { entityId?: string; partyName?: string },
) {
  return claimInputSchema.parse({
    subjectId: v.msaJnim.id,
    propertyId: v.casualties.id,
    value: { type: "quantity", ...value, category: "killed" },
    attribution: [{ role: "origin", ...origin }],
    evidenceAnnotationIds: [annotationId],
  });
}

describe("claims", () => {
  it("records a claim with evidence and attribution, audited, and finds it by filters and full-text search", async () => {
    const { project, members, vocabulary: v, msaFour, source } = await setup();
    const claim = await createClaim(testDb(), { actor: members.researcher, projectId: project.id, input: casualtyClaim(v, msaFour.id, { kind: "exact", min: 4, max: 4 }, { entityId: v.msa.id }) });
    expect(claim).toMatchObject({ status: "draft", version: 1, quantityMin: 4, quantityMax: 4 });
    expect(claim.evidence[0]!.annotation.exact).toBe("4 (per MSA)");
    expect(claim.attributions[0]).toMatchObject({ role: "origin", entity: { name: "Movement for the Salvation of Azawad" } });
    expect(await testDb().auditEvent.count({ where: { objectId: claim.id, action: "claim.create" } })).toBe(1);

    const list = (filters: Record<string, string>) => listClaims(testDb(), members.viewer, project.id, claimFiltersSchema.parse(filters));
    expect((await list({ q: "MSA" })).claims.map((c) => c.id)).toEqual([claim.id]);
    expect((await list({ q: "wagner" })).total).toBe(0);
    expect((await list({ sourceId: source.id, status: "draft", propertyId: v.casualties.id })).total).toBe(1);
    expect((await list({ attributedTo: "MSA" })).total).toBe(1);
    expect((await list({ attributedTo: "ACLED" })).total).toBe(0);
    expect((await list({ entityId: v.msaJnim.id })).total).toBe(1);
  });

  it("answers a stale version with 409 and the current state, overwriting nothing", async () => {
    const { project, members, vocabulary: v, msaFour } = await setup();
    const claim = await createClaim(testDb(), { actor: members.researcher, projectId: project.id, input: casualtyClaim(v, msaFour.id, { kind: "exact", min: 4, max: 4 }, { entityId: v.msa.id }) });
    const edited = await updateClaim(testDb(), { actor: members.researcher, claimId: claim.id, update: { version: 1, note: "Checked against the MSA statement" } });
    expect(edited.version).toBe(2);
    await expect(updateClaim(testDb(), {
      actor: members.reviewer,
      claimId: claim.id,
      update: { version: 1, note: "Stale edit" } })).rejects.toMatchObject({
      status: 409,
      code: "stale_version",
      details: { current: expect.objectContaining({ version: 2 }) },
    });
    const { claim: current, history } = await getClaim(testDb(), members.viewer, claim.id);
    expect(current.note).toBe("Checked against the MSA statement");
    expect(history.map((h) => h.action)).toEqual(["claim.create", "claim.update"]);
    expect(history[1]!.before).toMatchObject({ note: "" });
    expect(history[1]!.after).toMatchObject({ note: "Checked against the MSA statement" });
  });

  it("writes the audit event atomically: a failing edit leaves neither the change nor an event", async () => {
    const { project, members, vocabulary: v, msaFour } = await setup();
    const claim = await createClaim(testDb(), { actor: members.researcher, projectId: project.id, input: casualtyClaim(v, msaFour.id, { kind: "exact", min: 4, max: 4 }, { entityId: v.msa.id }) });
    await expect(
      updateClaim(testDb(), { actor: members.researcher, claimId: claim.id, update: { version: 1, note: "x", evidenceAnnotationIds: ["missing-annotation"] } }),
    ).rejects.toMatchObject({ status: 400, details: { fields: [expect.objectContaining({ path: "evidenceAnnotationIds" })] } });
    const after = await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after).toMatchObject({ version: 1, note: "" });
    expect(await testDb().auditEvent.count({ where: { objectId: claim.id } })).toBe(1);
  });

  it("denies viewers, and researchers editing someone else's claim", async () => {
    const { project, members, vocabulary: v, msaFour } = await setup();
    const input = casualtyClaim(v, msaFour.id, { kind: "exact", min: 4, max: 4 }, { entityId: v.msa.id });
    await expect(createClaim(testDb(), { actor: members.viewer, projectId: project.id, input })).rejects.toMatchObject({ status: 403 });
    const claim = await createClaim(testDb(), { actor: members.reviewer, projectId: project.id, input });
    await expect(updateClaim(testDb(), { actor: members.researcher, claimId: claim.id, update: { version: 1, note: "mine now" } })).rejects.toMatchObject({ status: 403 });
    await expect(updateClaim(testDb(), { actor: members.viewer, claimId: claim.id, update: { version: 1, note: "x" } })).rejects.toMatchObject({ status: 403 });
    expect(await testDb().claim.count({ where: { projectId: project.id } })).toBe(1);
  });

  it("rejects a value that does not fit the property, naming the field", async () => {
    const { project, members, vocabulary: v, msaFour } = await setup();
    const input = claimInputSchema.parse({
      subjectId: v.battle.id,
      propertyId: v.casualties.id,
      value: { type: "assertion", proposition: "airstrikes occurred", polarity: "affirmed" },
      evidenceAnnotationIds: [msaFour.id],
    });
    await expect(createClaim(testDb(), {
      actor: members.researcher,
      projectId: project.id,
      input })).rejects.toMatchObject({
      status: 400,
      details: { fields: [expect.objectContaining({ path: "value.type" })] },
    });
  });

  it("flags a contradiction between MSA's 4 and IS's 60+, and closes it when the figures agree", async () => {
    const { project, members, vocabulary: v, msaFour, isSixty } = await setup();
    const msa = await createClaim(testDb(), { actor: members.researcher, projectId: project.id, input: casualtyClaim(v, msaFour.id, { kind: "exact", min: 4, max: 4 }, { entityId: v.msa.id }) });
    const is = await createClaim(testDb(), { actor: members.researcher, projectId: project.id, input: casualtyClaim(v, isSixty.id, { kind: "at_least", min: 60, max: null }, { entityId: v.isgs.id }) });
    const conflicts = await testDb().conflict.findMany({ where: { projectId: project.id }, include: { members: true } });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: "contradiction", status: "open" });
    expect(conflicts[0]!.members.map((m) => m.claimId).sort()).toEqual([msa.id, is.id].sort());

    await updateClaim(testDb(), { actor: members.researcher, claimId: msa.id, update: { version: 1, value: { type: "quantity", kind: "at_least", min: 60, max: null } } });
    const closed = await testDb().conflict.findUniqueOrThrow({ where: { id: conflicts[0]!.id } });
    expect(closed).toMatchObject({ status: "resolved", isClosedAutomatically: true });
    expect(closed.statusNote).toMatch(/no longer/);

    await deleteClaim(testDb(), members.researcher, is.id, 1);
    expect(await testDb().conflict.count({ where: { projectId: project.id } })).toBe(1);
  });

  it("merges entities: claims follow, aliases combine, the merge is audited", async () => {
    const { project, members, vocabulary: v, msaFour } = await setup();
    const duplicate = await testDb().entity.create({ data: { projectId: project.id, name: "JNIM-MSA coalition", kind: "armed_group", aliases: ["MSA/JNIM"] } });
    const claim = await createClaim(testDb(), { actor: members.researcher, projectId: project.id, input: {
      ...casualtyClaim(v, msaFour.id, { kind: "exact", min: 4, max: 4 }, { entityId: v.msa.id }),
      subjectId: duplicate.id,
    } });
    await expect(mergeEntities(testDb(), members.researcher, { sourceId: duplicate.id, targetId: v.msaJnim.id })).rejects.toMatchObject({ status: 403 });
    const merged = await mergeEntities(testDb(), members.reviewer, { sourceId: duplicate.id, targetId: v.msaJnim.id });
    expect(merged.aliases).toEqual(expect.arrayContaining(["JNIM-MSA forces", "JNIM-MSA coalition", "MSA/JNIM"]));
    expect((await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).subjectId).toBe(v.msaJnim.id);
    expect(await testDb().auditEvent.count({ where: { action: "entity.merge", objectId: v.msaJnim.id } })).toBe(1);
  });
});

describe("editing an approved claim", () => {
  it("sends it back to review and records that as a review decision", async () => {
    const { project, members, vocabulary: v, msaFour } = await setup();
    const claim = await createClaim(testDb(), { actor: members.researcher, projectId: project.id, input: casualtyClaim(v, msaFour.id, { kind: "exact", min: 4, max: 4 }, { entityId: v.msa.id }) });
    await testDb().claim.update({ where: { id: claim.id }, data: { status: "approved" } });
    const edited = await updateClaim(testDb(), { actor: members.reviewer, claimId: claim.id, update: { version: 1, note: "Corrected wording" } });
    expect(edited.status).toBe("submitted");
    const decisions = await testDb().reviewDecision.findMany({ where: { claimId: claim.id } });
    expect(decisions).toEqual([
      expect.objectContaining({ decision: "submit", fromStatus: "approved", toStatus: "submitted", reviewerId: members.reviewer.userId, claimVersion: 1 }),
    ]);
  });
});

describe("merging entity values", () => {
  it("re-evaluates the claims whose value changed: a contradiction between two names of one victor closes", async () => {
    const { project, members, vocabulary: v, msaFour, isSixty } = await setup();
    const csp = await testDb().entity.create({ data: { projectId: project.id, name: "CSP", kind: "armed_group" } });
    const cspDpa = await testDb().entity.create({ data: { projectId: project.id, name: "CSP-DPA", kind: "armed_group" } });
    const result = (entityId: string, annotationId: string) =>
      claimInputSchema.parse({
        subjectId: v.battle.id,
        propertyId: v.result.id,
        value: { type: "entity", entityId },
        evidenceAnnotationIds: [annotationId],
      });
    await createClaim(testDb(), { actor: members.researcher, projectId: project.id, input: result(csp.id, msaFour.id) });
    await createClaim(testDb(), { actor: members.researcher, projectId: project.id, input: result(cspDpa.id, isSixty.id) });
    expect(await testDb().conflict.findMany({ where: { projectId: project.id } })).toEqual([expect.objectContaining({ kind: "contradiction", status: "open" })]);

    await mergeEntities(testDb(), members.reviewer, { sourceId: cspDpa.id, targetId: csp.id });
    expect(await testDb().conflict.findMany({ where: { projectId: project.id } })).toEqual([
      expect.objectContaining({ status: "resolved", isClosedAutomatically: true }),
    ]);
  });
});
