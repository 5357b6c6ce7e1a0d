import { describe, expect, it } from "vitest";
import { POST as resolveRoute } from "@/app/api/v1/conflicts/[conflictId]/resolution/route";
import { GET as listRoute, POST as flagRoute } from "@/app/api/v1/projects/[projectId]/conflicts/route";
import { claimInputSchema } from "@/lib/claims/claim-input";
import type { ClaimValue } from "@/lib/claims/value";
import type { Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/auth/api-tokens";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { getClaim } from "@/lib/server/claims/get-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { conflictFiltersSchema, resolutionSchema } from "@/lib/conflicts/conflict-input";
import { flagConflict } from "@/lib/server/conflicts/flag-conflict";
import { listConflicts } from "@/lib/server/conflicts/list-conflicts";
import { reevaluateGroup } from "@/lib/server/conflicts/reevaluate-group";
import { recomputeProject } from "@/lib/server/conflicts/recompute-project";
import { resolveConflict } from "@/lib/server/conflicts/resolve-conflict";
import { setDivergenceThreshold } from "@/lib/server/conflicts/set-divergence-threshold";
import { recomputeJobResultSchema } from "@/lib/jobs/job-results";
import { annotatePhrase, corpus, createProject, createSource, createVocabulary, testDb } from "./factories";
import { jobRecord, runQueuedJob } from "./job-runner";

type Vocabulary = Awaited<ReturnType<typeof createVocabulary>>;

const killed = (kind: "exact" | "at_least", min: number): ClaimValue => ({ type: "quantity", kind, min, max: kind === "exact" ? min : null, category: "killed" });
const airstrikes = (polarity: "affirmed" | "denied"): ClaimValue => ({ type: "assertion", proposition: "airstrikes occurred during the battle", polarity });

async function setup() {
  const { project, members } = await createProject(["owner", "reviewer", "researcher", "viewer"]);
  const { source } = await createSource(members.owner, project.id);
  const vocabulary = await createVocabulary(project.id);
  const claim = async (
    actor: Actor,
    phrase: string,
    value: ClaimValue,
    origin: { entityId?: string; partyName?: string } | { role: "origin" | "intermediary"; entityId?: string; partyName?: string }[],
    topic: { subjectId: string; propertyId: string } = { subjectId: vocabulary.msaJnim.id, propertyId: vocabulary.casualties.id },
    sourceId = source.id,
  ) => {
    const annotation = await annotatePhrase(actor, sourceId, phrase);
    return createClaim(testDb(), {
      actor,
      projectId: project.id,
      input: claimInputSchema.parse({
        ...topic,
        value,
        attribution: Array.isArray(origin) ? origin : [{ role: "origin", ...origin }],
        evidenceAnnotationIds: [annotation.id],
      }),
    });
  };
  return { project, members, source, vocabulary, claim };
}

/** The reference airstrike claims: the journalist affirms, Le Monde (citing local sources) denies, the government's own wording. */
async function airstrikeClaims({ members, vocabulary: v, claim }: Awaited<ReturnType<typeof setup>> & { vocabulary: Vocabulary }) {
  const topic = { subjectId: v.battle.id, propertyId: v.occurred.id };
  const journalist = await claim(members.researcher, "Journalist stated that while airstrikes occurred", airstrikes("affirmed"), { partyName: "a journalist" }, topic);
  const leMonde = await claim(
    members.researcher,
    "airstrikes did not occur, citing local sources",
    airstrikes("denied"),
    [
      { role: "origin", partyName: "local sources" },
      { role: "intermediary", entityId: v.leMonde.id },
    ],
    topic,
  );
  const government = await claim(
    members.researcher,
    'conducted "offensive reconnaissance" with its air force',
    { type: "assertion", proposition: 'the Malian air force conducted "offensive reconnaissance" during the battle', polarity: "affirmed" },
    { partyName: "Government of Mali" },
    topic,
  );
  return { journalist, leMonde, government };
}

const conflictsOf = (projectId: string) =>
  testDb().conflict.findMany({ where: { projectId }, include: { members: true }, orderBy: { createdAt: "asc" } });

async function bearer(actor: Actor) {
  return { authorization: `Bearer ${(await createApiToken(testDb(), { ...actor, sessionVersion: 0 })).token}` };
}

function call(
  route: (request: Request, props: { params: Promise<Record<string, string>> }) => Promise<Response>,
  { url, params, headers, body }: { url: string; params: Record<string, string>; headers: Record<string, string>; body?: unknown },
) {
  const request = new Request(`http://localhost${url}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return route(request, { params: Promise.resolve(params) });
}

describe("conflict detection in the data layer", () => {
  it("is idempotent: re-evaluating a group or recomputing the project on unchanged claims writes nothing", async () => {
    const { project, members, vocabulary: v, claim } = await setup();
    await claim(members.researcher, "4 (per MSA)", killed("exact", 4), { entityId: v.msa.id });
    await claim(members.researcher, "60+ (per IS)", killed("at_least", 60), { entityId: v.isgs.id });
    await claim(members.researcher, "17+ (per ACLED)", killed("at_least", 17), { entityId: v.acled.id });
    const before = await conflictsOf(project.id);
    // 4 vs 60+ and 4 vs 17+ contradict; 17+ vs 60+ diverge.
    expect(before.map((c) => c.kind).sort()).toEqual(["contradiction", "contradiction", "divergence"]);
    const auditCount = await testDb().auditEvent.count({ where: { projectId: project.id } });

    for (let run = 0; run < 2; run++) {
      await testDb().$transaction((tx) =>
        reevaluateGroup(tx, { projectId: project.id, subjectId: v.msaJnim.id, propertyId: v.casualties.id }, members.researcher),
      );
    }
    expect(await recomputeProject(testDb(), members.owner, project.id)).toMatchObject({
      claimCount: 3,
      created: 0,
      closed: 0,
      reopened: 0,
      explanationsUpdated: 0,
    });
    expect(await conflictsOf(project.id)).toEqual(before);
    // Only the recomputation's own event was added.
    expect(await testDb().auditEvent.count({ where: { projectId: project.id } })).toBe(auditCount + 1);
  });

  it("closes a conflict with a note when its claims agree, reopens the same conflict when they disagree again, and closes it when a claim is deleted", async () => {
    const { project, members, vocabulary: v, claim } = await setup();
    const msa = await claim(members.researcher, "4 (per MSA)", killed("exact", 4), { entityId: v.msa.id });
    const is = await claim(members.researcher, "60+ (per IS)", killed("at_least", 60), { entityId: v.isgs.id });
    const [conflict] = await conflictsOf(project.id);
    expect(conflict).toMatchObject({
      kind: "contradiction",
      status: "open",
      explanation: "Movement for the Salvation of Azawad says exactly 4; Islamic State in the Greater Sahara says at least 60: the figures cannot both be true.",
    });

    await updateClaim(testDb(), { actor: members.researcher, claimId: msa.id, update: { version: 1, value: killed("at_least", 60) } });
    const closed = await testDb().conflict.findUniqueOrThrow({ where: { id: conflict!.id } });
    expect(closed).toMatchObject({ status: "resolved", isClosedAutomatically: true, resolvedById: null });
    // Written in bulk with raw SQL: the timestamps are still the current instant.
    for (const instant of [closed.createdAt, closed.updatedAt, closed.resolvedAt!]) expect(Math.abs(instant.getTime() - Date.now())).toBeLessThan(60_000);
    expect(closed.statusNote).toBe(
      "The claims no longer disagree: Movement for the Salvation of Azawad says at least 60; Islamic State in the Greater Sahara says at least 60: the figures are compatible and less than 50% apart.",
    );

    await updateClaim(testDb(), { actor: members.researcher, claimId: msa.id, update: { version: 2, value: killed("exact", 4) } });
    const reopened = await conflictsOf(project.id);
    expect(reopened).toHaveLength(1);
    expect(reopened[0]).toMatchObject({ id: conflict!.id, status: "open", isClosedAutomatically: false, resolvedAt: null, resolutionReason: null });
    expect(reopened[0]!.statusNote).toMatch(/^The claims disagree again: /);
    const actions = await testDb().auditEvent.findMany({ where: { objectType: "Conflict", objectId: conflict!.id }, orderBy: { id: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["conflict.detect", "conflict.auto_close", "conflict.auto_reopen"]);
    expect(actions.every((a) => a.actorId === members.researcher.userId)).toBe(true);

    await deleteClaim(testDb(), members.researcher, is.id, 1);
    const afterDelete = await testDb().conflict.findUniqueOrThrow({ where: { id: conflict!.id } });
    expect(afterDelete).toMatchObject({ status: "resolved", isClosedAutomatically: true });
    expect(afterDelete.statusNote).toBe(
      "The claims no longer disagree: the claim attributed to Islamic State in the Greater Sahara was deleted.",
    );
  });

  it("finds the disagreement between two claims of one group recorded at the same moment", async () => {
    const { project, members, vocabulary: v, source } = await setup();
    const [four, sixty] = [await annotatePhrase(members.researcher, source.id, "4 (per MSA)"), await annotatePhrase(members.reviewer, source.id, "60+ (per IS)")];
    const input = (annotationId: string, value: ClaimValue, entityId: string) =>
      claimInputSchema.parse({
        subjectId: v.msaJnim.id,
        propertyId: v.casualties.id,
        value,
        attribution: [{ role: "origin", entityId }],
        evidenceAnnotationIds: [annotationId],
      });
    await Promise.all([
      createClaim(testDb(), { actor: members.researcher, projectId: project.id, input: input(four.id, killed("exact", 4), v.msa.id) }),
      createClaim(testDb(), { actor: members.reviewer, projectId: project.id, input: input(sixty.id, killed("at_least", 60), v.isgs.id) }),
    ]);
    expect((await conflictsOf(project.id)).map((c) => c.kind)).toEqual(["contradiction"]);
  });

  it("recomputes every conflict with a new divergence threshold, for owners only", async () => {
    const { project, members, vocabulary: v, claim } = await setup();
    await claim(members.researcher, "60+ (per IS)", killed("at_least", 60), { entityId: v.isgs.id });
    await claim(members.researcher, "17+ (per ACLED)", killed("at_least", 17), { entityId: v.acled.id });
    const [divergence] = await conflictsOf(project.id);
    expect(divergence).toMatchObject({ kind: "divergence", status: "open" });

    await expect(setDivergenceThreshold(testDb(), members.reviewer, project.id, { divergenceThreshold: 5 })).rejects.toMatchObject({ status: 403 });
    await expect(recomputeProject(testDb(), members.researcher, project.id)).rejects.toMatchObject({ status: 403 });
    // The change queues a recompute job in its own transaction; a worker runs it.
    const recomputed = async (divergenceThreshold: number) => {
      const { job } = await setDivergenceThreshold(testDb(), members.owner, project.id, { divergenceThreshold });
      expect(await jobRecord(job.id)).toMatchObject({ status: "queued" });
      await runQueuedJob(job.id);
      const record = await jobRecord(job.id);
      expect(record).toMatchObject({ status: "done" });
      expect(record.progressDone).toBe(record.progressTotal);
      return recomputeJobResultSchema.parse(record.result).recomputed;
    };
    // 60 is 3.5 times 17: below a 300% threshold that is not a divergence any more.
    expect(await recomputed(3)).toMatchObject({ closed: 1, created: 0, divergenceThreshold: 3 });
    expect(await testDb().conflict.findUniqueOrThrow({ where: { id: divergence!.id } })).toMatchObject({ status: "resolved", isClosedAutomatically: true });
    expect(await recomputed(0.25)).toMatchObject({ reopened: 1 });
    const reopened = await testDb().conflict.findUniqueOrThrow({ where: { id: divergence!.id } });
    expect(reopened).toMatchObject({ status: "open" });
    expect(reopened.explanation).toContain("the estimates differ by 25% or more");
    const audit = await testDb().auditEvent.findMany({ where: { action: "project.divergence_threshold", objectId: project.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => (a.before as { divergenceThreshold: number }).divergenceThreshold)).toEqual([0.5, 3]);
  });
});

describe("manual flags", () => {
  it("flags claims from different sources with a rationale, once", async () => {
    const context = await setup();
    const { project, members, vocabulary: v, claim } = context;
    const { leMonde, government } = await airstrikeClaims(context);
    const { source: tinzaouaten } = await createSource(members.owner, project.id, corpus.tinzaouaten, "Battle of Tinzaouaten (2024)");
    const wagner = await claim(members.researcher, "the Wagner Group suffered at least 25 deaths", killed("at_least", 25), { entityId: v.acled.id }, undefined, tinzaouaten.id);

    const rationale = "Offensive reconnaissance by the air force is how the government describes airstrikes; Le Monde's sources deny them.";
    const flagged = await flagConflict(testDb(), members.researcher, project.id, { claimIds: [government.id, leMonde.id], rationale });
    expect(flagged).toMatchObject({ kind: "manual", status: "open", isManual: true, rationale, createdBy: { id: members.researcher.userId } });
    expect(flagged.explanation).toBe(
      'Flagged by hand (about Battle of Talataye (2022) · Occurred). Government of Mali: affirmed: the Malian air force conducted "offensive reconnaissance" during the battle; Le Monde (citing local sources): denied: airstrikes occurred during the battle.',
    );
    expect(flagged.members.map((m) => m.claim.id).sort()).toEqual([government.id, leMonde.id].sort());
    expect(await testDb().auditEvent.count({ where: { action: "conflict.flag", objectId: flagged.id, actorId: members.researcher.userId } })).toBe(1);

    // Across sources and subjects.
    const crossSource = await flagConflict(testDb(), members.reviewer, project.id, { claimIds: [wagner.id, government.id], rationale: "Test of a cross-source flag." });
    expect(crossSource.explanation).toMatch(/^Flagged by hand\. ACLED: MSA and JNIM forces · Casualties, at least 25 killed; Government of Mali: /);

    // The same claims in another order are the same flag.
    await expect(flagConflict(testDb(), members.reviewer, project.id, { claimIds: [leMonde.id, government.id], rationale: "again" })).rejects.toMatchObject({
      status: 409,
      code: "duplicate_conflict",
      details: { conflictId: flagged.id },
    });
    // Manual flags stand when the claims change: detection leaves them alone.
    await updateClaim(testDb(), { actor: members.researcher, claimId: government.id, update: { version: 1, note: "Press release of 8 September" } });
    expect(await testDb().conflict.findUniqueOrThrow({ where: { id: flagged.id } })).toMatchObject({ status: "open" });
  });

  it("answers 409 for claims already detected in conflict, 400 for fewer than two claims, no rationale or another project's claim", async () => {
    const context = await setup();
    const { project, members } = context;
    const { journalist, leMonde, government } = await airstrikeClaims(context);
    const detected = await testDb().conflict.findFirstOrThrow({ where: { projectId: project.id } });
    expect(detected).toMatchObject({ kind: "contradiction" });
    await expect(flagConflict(testDb(), members.reviewer, project.id, { claimIds: [journalist.id, leMonde.id], rationale: "Obvious" })).rejects.toMatchObject({
      status: 409,
      message: "These claims are already detected as a contradiction.",
    });

    const other = await setup();
    const foreign = await other.claim(other.members.researcher, "4 (per MSA)", killed("exact", 4), { entityId: other.vocabulary.msa.id });
    await expect(flagConflict(testDb(), members.reviewer, project.id, { claimIds: [government.id, foreign.id], rationale: "Probe" })).rejects.toMatchObject({
      status: 400,
      details: { fields: [{ path: "claimIds.1", message: "No claim with this id in this project" }] },
    });

    const headers = await bearer(members.reviewer);
    const flag = (body: unknown) => call(flagRoute, { url: `/api/v1/projects/${project.id}/conflicts`, params: { projectId: project.id }, headers, body });
    const one = await flag({ claimIds: [government.id], rationale: "Only one" });
    expect(one.status).toBe(400);
    expect((await one.json()).error.details.fields).toEqual([{ path: "body.claimIds", message: "Select at least two claims" }]);
    const blank = await flag({ claimIds: [government.id, leMonde.id], rationale: "  " });
    expect(blank.status).toBe(400);
    expect((await blank.json()).error.details.fields).toEqual([{ path: "body.rationale", message: "Say why these claims disagree" }]);
    const missing = await flag({ claimIds: [government.id, leMonde.id] });
    expect(missing.status).toBe(400);

    const created = await flag({ claimIds: [government.id, leMonde.id], rationale: "Different words for the same strikes." });
    expect(created.status).toBe(201);
    const { conflict } = await created.json();
    expect(conflict).toMatchObject({ kind: "manual", rationale: "Different words for the same strikes." });
    expect((await flag({ claimIds: [leMonde.id, government.id], rationale: "Twice" })).status).toBe(409);
    expect(await testDb().conflict.count({ where: { projectId: project.id } })).toBe(2);

    const list = await call(listRoute, { url: `/api/v1/projects/${project.id}/conflicts?kind=manual`, params: { projectId: project.id }, headers });
    expect(list.status).toBe(200);
    expect((await list.json()).conflicts.map((c: { id: string }) => c.id)).toEqual([conflict.id]);
  });
});

describe("resolution", () => {
  it("ranks each claim with a reason, deletes nothing, audits the decision and shows it on each claim", async () => {
    const context = await setup();
    const { project, members, vocabulary: v, claim } = context;
    const { journalist, leMonde } = await airstrikeClaims(context);
    const contradiction = await testDb().conflict.findFirstOrThrow({ where: { projectId: project.id, kind: "contradiction" } });

    const decision = resolutionSchema.parse({
      status: "resolved",
      reason: "Le Monde cites local sources; the journalist gives none.",
      ranks: [
        { claimId: leMonde.id, rank: "preferred", reason: "Named local sources" },
        { claimId: journalist.id, rank: "deprecated" },
      ],
    });
    const resolved = await resolveConflict(testDb(), members.reviewer, contradiction.id, decision);
    expect(resolved).toMatchObject({ status: "resolved", resolutionReason: decision.reason, resolvedBy: { id: members.reviewer.userId } });
    expect(Object.fromEntries(resolved.members.map((m) => [m.claim.id, [m.rank, m.rankReason]]))).toEqual({
      [leMonde.id]: ["preferred", "Named local sources"],
      [journalist.id]: ["deprecated", "Le Monde cites local sources; the journalist gives none."],
    });
    expect(await testDb().claim.count({ where: { projectId: project.id, isDeleted: false } })).toBe(3);

    const journalistView = await getClaim(testDb(), members.viewer, journalist.id);
    expect(journalistView.claim.rank).toBe("deprecated");
    expect(journalistView.claim.conflicts).toEqual([
      expect.objectContaining({ id: contradiction.id, status: "resolved", rank: "deprecated", rankReason: decision.reason }),
    ]);
    expect(journalistView.history.at(-1)).toMatchObject({ action: "claim.rank", before: { rank: "normal" }, after: { rank: "deprecated" } });
    expect((await getClaim(testDb(), members.viewer, leMonde.id)).claim.rank).toBe("preferred");
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { action: "conflict.resolve", objectId: contradiction.id } });
    expect(audit).toMatchObject({ actorId: members.reviewer.userId, before: { status: "open" }, after: { status: "resolved", reason: decision.reason } });

    // A person's resolution stands when the claims change.
    await updateClaim(testDb(), { actor: members.researcher, claimId: journalist.id, update: { version: 1, note: "Unnamed journalist" } });
    expect(await testDb().conflict.findUniqueOrThrow({ where: { id: contradiction.id } })).toMatchObject({ status: "resolved", isClosedAutomatically: false });

    // Deciding again needs a reopening first; reopening withdraws the ranks.
    await expect(resolveConflict(testDb(), members.reviewer, contradiction.id, { status: "dismissed", reason: "x" })).rejects.toMatchObject({ status: 409, code: "not_open" });
    const reopened = await resolveConflict(testDb(), members.owner, contradiction.id, { status: "open", reason: "A second source confirms the strikes." });
    expect(reopened).toMatchObject({ status: "open", statusNote: "Reopened by owner user: A second source confirms the strikes.", resolvedBy: null });
    expect(reopened.members.map((m) => m.rank)).toEqual(["normal", "normal"]);
    expect((await getClaim(testDb(), members.viewer, journalist.id)).claim.rank).toBe("normal");
    const dismissed = await resolveConflict(testDb(), members.reviewer, contradiction.id, { status: "dismissed", reason: "Same event, different days." });
    expect(dismissed).toMatchObject({ status: "dismissed", resolutionReason: "Same event, different days." });
    expect(
      (await testDb().auditEvent.findMany({ where: { objectType: "Conflict", objectId: contradiction.id }, orderBy: { id: "asc" } })).map((e) => e.action),
    ).toEqual(["conflict.detect", "conflict.resolve", "conflict.reopen", "conflict.dismiss"]);

    // A claim in several conflicts: deprecated in any resolution in force wins.
    const msa = await claim(members.researcher, "4 (per MSA)", killed("exact", 4), { entityId: v.msa.id });
    const is = await claim(members.researcher, "60+ (per IS)", killed("at_least", 60), { entityId: v.isgs.id });
    const acled = await claim(members.researcher, "17+ (per ACLED)", killed("at_least", 17), { entityId: v.acled.id });
    const pair = (a: string, b: string) => testDb().conflict.findFirstOrThrow({ where: { projectId: project.id, AND: [{ members: { some: { claimId: a } } }, { members: { some: { claimId: b } } }] } });
    const rank = (entries: [string, "preferred" | "normal" | "deprecated"][]) => ({
      status: "resolved" as const,
      reason: "Test",
      ranks: entries.map(([claimId, r]) => ({ claimId, rank: r })),
    });
    await resolveConflict(testDb(), members.reviewer, (await pair(is.id, msa.id)).id, rank([[is.id, "preferred"], [msa.id, "deprecated"]]));
    await resolveConflict(testDb(), members.reviewer, (await pair(is.id, acled.id)).id, rank([[is.id, "deprecated"], [acled.id, "preferred"]]));
    expect((await testDb().claim.findUniqueOrThrow({ where: { id: is.id } })).rank).toBe("deprecated");
  });

  it("requires every claim ranked once and a reason", async () => {
    const context = await setup();
    const { project, members } = context;
    const { journalist, leMonde, government } = await airstrikeClaims(context);
    const conflict = await testDb().conflict.findFirstOrThrow({ where: { projectId: project.id } });
    const headers = await bearer(members.reviewer);
    const resolve = (body: unknown) => call(resolveRoute, { url: `/api/v1/conflicts/${conflict.id}/resolution`, params: { conflictId: conflict.id }, headers, body });

    const noReason = await resolve({ status: "resolved", reason: "", ranks: [{ claimId: journalist.id, rank: "normal" }, { claimId: leMonde.id, rank: "normal" }] });
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).error.details.fields).toEqual([{ path: "body.reason", message: "Give the reason for this decision" }]);
    const wrongClaim = await resolve({ status: "resolved", reason: "r", ranks: [{ claimId: journalist.id, rank: "normal" }, { claimId: government.id, rank: "normal" }] });
    expect(wrongClaim.status).toBe(400);
    expect((await wrongClaim.json()).error.details.fields).toEqual([
      { path: "ranks.1.claimId", message: "Not a claim of this conflict" },
      { path: "ranks", message: `Rank claim ${leMonde.id} too` },
    ]);
    const twice = await resolve({ status: "resolved", reason: "r", ranks: [{ claimId: journalist.id, rank: "normal" }, { claimId: journalist.id, rank: "preferred" }] });
    expect(twice.status).toBe(400);
    expect(await testDb().conflict.findUniqueOrThrow({ where: { id: conflict.id } })).toMatchObject({ status: "open" });

    const ok = await resolve({ status: "dismissed", reason: "Not the same strikes" });
    expect(ok.status).toBe(200);
    expect((await ok.json()).conflict).toMatchObject({ status: "dismissed" });
  });
});

describe("conflict permissions", () => {
  it("lets viewers read but not flag, researchers flag but not resolve, and hides other projects' conflicts", async () => {
    const context = await setup();
    const { project, members } = context;
    const { journalist, leMonde, government } = await airstrikeClaims(context);
    const conflict = await testDb().conflict.findFirstOrThrow({ where: { projectId: project.id } });
    const decision = { status: "dismissed" as const, reason: "No" };

    const listed = await listConflicts(testDb(), members.viewer, project.id, conflictFiltersSchema.parse({ status: "open" }));
    expect(listed).toMatchObject({ total: 1, conflicts: [{ id: conflict.id }] });
    expect(listed.conflicts[0]!.explanation).toBe(
      "A journalist says that airstrikes occurred during the battle; Le Monde (citing local sources) denies it: both cannot be true.",
    );
    expect(listed.conflicts[0]!.members.map((m) => m.claim.attribution.map((link) => link.label))).toEqual([["a journalist"], ["local sources", "Le Monde"]]);
    await expect(flagConflict(testDb(), members.viewer, project.id, { claimIds: [government.id, leMonde.id], rationale: "r" })).rejects.toMatchObject({ status: 403 });
    await expect(resolveConflict(testDb(), members.viewer, conflict.id, decision)).rejects.toMatchObject({ status: 403 });
    await expect(resolveConflict(testDb(), members.researcher, conflict.id, decision)).rejects.toMatchObject({ status: 403 });
    const researcherApi = await call(resolveRoute, {
      url: `/api/v1/conflicts/${conflict.id}/resolution`,
      params: { conflictId: conflict.id },
      headers: await bearer(members.researcher),
      body: decision,
    });
    expect(researcherApi.status).toBe(403);
    expect(await flagConflict(testDb(), members.researcher, project.id, { claimIds: [government.id, journalist.id], rationale: "r" })).toMatchObject({ kind: "manual" });

    const outsider = (await createProject(["owner"])).members.owner;
    await expect(listConflicts(testDb(), outsider, project.id, conflictFiltersSchema.parse({}))).rejects.toMatchObject({ status: 404 });
    await expect(resolveConflict(testDb(), outsider, conflict.id, decision)).rejects.toMatchObject({ status: 404 });
    await expect(flagConflict(testDb(), outsider, project.id, { claimIds: [government.id, leMonde.id], rationale: "r" })).rejects.toMatchObject({ status: 404 });
    expect(await testDb().conflict.findUniqueOrThrow({ where: { id: conflict.id } })).toMatchObject({ status: "open" });
  });

  it("filters by status, kind, entity, property and source", async () => {
    const context = await setup();
    const { project, members, vocabulary: v, claim, source } = context;
    await airstrikeClaims(context);
    await claim(members.researcher, "4 (per MSA)", killed("exact", 4), { entityId: v.msa.id });
    await claim(members.researcher, "60+ (per IS)", killed("at_least", 60), { entityId: v.isgs.id });
    const list = async (filters: Record<string, string>) =>
      (await listConflicts(testDb(), members.viewer, project.id, conflictFiltersSchema.parse(filters))).conflicts.map((c) => c.explanation);
    expect(await list({})).toHaveLength(2);
    expect(await list({ propertyId: v.occurred.id })).toEqual([expect.stringMatching(/^A journalist says that airstrikes occurred/)]);
    expect(await list({ entityId: v.isgs.id })).toEqual([expect.stringMatching(/says exactly 4/)]);
    expect(await list({ entityId: v.leMonde.id })).toEqual([expect.stringMatching(/Le Monde \(citing local sources\) denies it/)]);
    expect(await list({ entityId: v.acled.id })).toEqual([]);
    expect(await list({ sourceId: source.id, kind: "contradiction", status: "open" })).toHaveLength(2);
    expect(await list({ status: "resolved" })).toEqual([]);
  });
});
