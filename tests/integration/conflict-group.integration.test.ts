import { describe, expect, it } from "vitest";
import { claimInputSchema } from "@/lib/claims/claim-input";
import { createClaim } from "@/lib/server/claims/create-claim";
import { annotatePhrase, createProject, createSource, createVocabulary, testDb } from "./factories";
import { callRoute, route, tokenOf } from "./route-client";

const groupRoute = route("post", "/api/v1/conflicts/group-resolution");

/** MSA's 4, IS's 60+ and ACLED's 17+ for one side's deaths: pairwise conflicts among three claims, all open. */
async function threeFigures() {
  const { project, members } = await createProject(["owner", "reviewer", "researcher"]);
  const { source } = await createSource(members.owner, project.id);
  const v = await createVocabulary(project.id);
  const figure = async (phrase: string, kind: "exact" | "at_least", min: number, origin: string) =>
    createClaim(testDb(), {
      actor: members.researcher,
      projectId: project.id,
      input: claimInputSchema.parse({
        subjectId: v.msaJnim.id,
        propertyId: v.casualties.id,
        value: { type: "quantity", kind, min, max: kind === "exact" ? min : null, category: "killed" },
        attribution: [{ role: "origin", entityId: origin }],
        evidenceAnnotationIds: [(await annotatePhrase(members.researcher, source.id, phrase)).id],
      }),
    });
  const claims = { msa: await figure("4 (per MSA)", "exact", 4, v.msa.id), is: await figure("60+ (per IS)", "at_least", 60, v.isgs.id), acled: await figure("17+ (per ACLED)", "at_least", 17, v.acled.id) };
  const conflicts = await testDb().conflict.findMany({ where: { projectId: project.id, status: "open" }, include: { members: true } });
  return { project, members, claims, conflicts };
}

describe("deciding a group of conflicts in one step", () => {
  it("ranks every claim once and resolves each open conflict with its own claims' ranks, audited; all or nothing", async () => {
    const setup = await threeFigures();
    expect(setup.conflicts.length).toBeGreaterThanOrEqual(2);
    const conflictIds = setup.conflicts.map((c) => c.id);
    const reviewer = await tokenOf(setup.members.reviewer);
    const ranks = [
      { claimId: setup.claims.msa.id, rank: "deprecated", reason: "MSA counted only its own dead" },
      { claimId: setup.claims.is.id, rank: "deprecated", reason: "Propaganda figure" },
      { claimId: setup.claims.acled.id, rank: "preferred" },
    ];
    const body = { status: "resolved", conflictIds, reason: "ACLED's count is independent of both sides", ranks };

    // A claim left unranked, or a researcher deciding: nothing changes.
    const partial = await callRoute(groupRoute, { token: reviewer, body: { ...body, ranks: ranks.slice(0, 2) } });
    expect(partial).toMatchObject({ status: 400, json: { error: { details: { fields: [{ path: "ranks", message: `Rank claim ${setup.claims.acled.id} too` }] } } } });
    expect((await callRoute(groupRoute, { token: await tokenOf(setup.members.researcher), body })).status).toBe(403);
    expect(await testDb().conflict.count({ where: { id: { in: conflictIds }, status: "open" } })).toBe(conflictIds.length);

    const decided = await callRoute(groupRoute, { token: reviewer, body });
    expect(decided.status).toBe(200);
    const views = (decided.json as { conflicts: { id: string; status: string; members: { rank: string; claim: { id: string } }[] }[] }).conflicts;
    expect(views.map((c) => c.status)).toEqual(conflictIds.map(() => "resolved"));
    const wanted = new Map(ranks.map((r) => [r.claimId, r.rank]));
    for (const view of views) for (const member of view.members) expect(member.rank).toBe(wanted.get(member.claim.id));
    const claims = await testDb().claim.findMany({ where: { id: { in: ranks.map((r) => r.claimId) } }, select: { id: true, rank: true } });
    expect(Object.fromEntries(claims.map((c) => [c.id, c.rank]))).toEqual(Object.fromEntries(wanted));
    expect(await testDb().auditEvent.count({ where: { objectId: { in: conflictIds }, action: "conflict.resolve" } })).toBe(conflictIds.length);
    const reasons = await testDb().conflictMember.findMany({ where: { conflictId: { in: conflictIds } }, select: { claimId: true, rankReason: true } });
    for (const { claimId, rankReason } of reasons) expect(rankReason).toBe(ranks.find((r) => r.claimId === claimId)!.reason ?? body.reason);

    // Deciding again is refused as for one conflict: it must be reopened first.
    expect(await callRoute(groupRoute, { token: reviewer, body: { status: "dismissed", conflictIds, reason: "Not a disagreement" } })).toMatchObject({
      status: 409,
      json: { error: { code: "not_open" } },
    });
  });
});
