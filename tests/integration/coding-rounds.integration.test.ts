import { describe, expect, it } from "vitest";
import { krippendorffAlpha, type ReliabilityData } from "@/lib/agreement/krippendorff-alpha";
import type { AgreementReport } from "@/lib/agreement/agreement-report-schema";
import { getClaimRoute, listClaimsRoute } from "@/lib/api/contract/claims";
import { listConflictsRoute } from "@/lib/api/contract/conflicts";
import { closeCodingRoundRoute, getCodingRoundRoute, getRoundAgreementRoute, markCodingDoneRoute } from "@/lib/api/contract/coding-rounds";
import { submitClaimRoute } from "@/lib/api/contract/reviews";
import { listAnnotationsRoute } from "@/lib/api/contract/sources";
import { code, codingTeam, killed, openRound, type CodingTeam } from "./coding-round-factories";
import { createUser, testDb } from "./factories";
import { callRoute, tokenOf } from "./route-client";

/**
 * Coding rounds through the real route handlers (issue 19): an owner opens a
 * blind round on a source for two coders, each codes it through the claims
 * route without seeing the other's claims or highlights, both mark their part
 * done, the round closes itself and the agreement report's α is the one
 * `krippendorffAlpha` computes on the same table written by hand.
 */

const team = codingTeam;
type Team = CodingTeam;

async function claimIdsSeenBy(world: Team, token: string): Promise<string[]> {
  const { status, json } = await callRoute(listClaimsRoute, { token, params: { projectId: world.project.id }, query: { sourceId: world.source.id, pageSize: "100" } });
  expect(status).toBe(200);
  return (json as { claims: { id: string }[] }).claims.map((claim) => claim.id);
}

async function annotationIdsSeenBy(world: Team, token: string): Promise<string[]> {
  const { status, json } = await callRoute(listAnnotationsRoute, { token, params: { sourceId: world.source.id } });
  expect(status).toBe(200);
  return (json as { annotations: { id: string }[] }).annotations.map((annotation) => annotation.id);
}

describe("a blind coding round, from opening to agreement", () => {
  it("keeps two coders apart until both are done, then shows everything and reports the α of a hand-written table", async () => {
    const world = await team();
    const { msaJnim, isgs, msa, acled, leMonde, casualties, civilianDeaths, occurred, result, battle } = world.vocabulary;

    const opened = await openRound(world);
    expect(opened.status, JSON.stringify(opened.json)).toBe(201);
    const round = (opened.json as { round: { id: string; status: string; isBlind: boolean } }).round;
    expect(round).toMatchObject({ status: "open", isBlind: true });

    // Coder A: four quantity units, an assertion, an entity value.
    const a = [
      await code(world, world.coders.a, world.tokens.a, { subjectId: msaJnim.id, propertyId: casualties.id, value: killed(4), originId: msa.id, phrase: "4 (per MSA)" }),
      await code(world, world.coders.a, world.tokens.a, { subjectId: isgs.id, propertyId: casualties.id, value: killed(60), originId: msa.id, phrase: "60+ (per IS)" }),
      await code(world, world.coders.a, world.tokens.a, { subjectId: msaJnim.id, propertyId: casualties.id, value: killed(17), originId: acled.id, phrase: "17+ (per ACLED)" }),
      await code(world, world.coders.a, world.tokens.a, { subjectId: isgs.id, propertyId: civilianDeaths.id, value: killed(30), originId: leMonde.id, phrase: "30–45+ civilians killed" }),
      await code(world, world.coders.a, world.tokens.a, {
        subjectId: battle.id,
        propertyId: occurred.id,
        value: { type: "assertion", proposition: "airstrikes occurred during the battle", polarity: "affirmed" },
        originId: leMonde.id,
        phrase: "while airstrikes occurred",
      }),
      await code(world, world.coders.a, world.tokens.a, { subjectId: battle.id, propertyId: result.id, value: { type: "entity", entityId: isgs.id }, originId: acled.id, phrase: "ISGS victory" }),
    ];
    // Coder B: the same units but one (civilian deaths, which B leaves uncoded), first reading ISGS's casualties as 45, then as 50.
    const b = [
      await code(world, world.coders.b, world.tokens.b, { subjectId: msaJnim.id, propertyId: casualties.id, value: killed(4), originId: msa.id, phrase: "4 (per MSA)" }),
      await code(world, world.coders.b, world.tokens.b, { subjectId: isgs.id, propertyId: casualties.id, value: killed(45), originId: msa.id, phrase: "60+ (per IS)" }),
      await code(world, world.coders.b, world.tokens.b, { subjectId: isgs.id, propertyId: casualties.id, value: killed(50), originId: msa.id, phrase: "60+ (per IS)" }),
      await code(world, world.coders.b, world.tokens.b, { subjectId: msaJnim.id, propertyId: casualties.id, value: killed(20), originId: acled.id, phrase: "17+ (per ACLED)" }),
      await code(world, world.coders.b, world.tokens.b, {
        subjectId: battle.id,
        propertyId: occurred.id,
        value: { type: "assertion", proposition: "Airstrikes occurred during the battle.", polarity: "denied" },
        originId: leMonde.id,
        phrase: "while airstrikes occurred",
      }),
      await code(world, world.coders.b, world.tokens.b, { subjectId: battle.id, propertyId: result.id, value: { type: "entity", entityId: isgs.id }, originId: acled.id, phrase: "ISGS victory" }),
    ];
    const [aClaims, bClaims] = [a.map((coded) => coded.claim.id), b.map((coded) => coded.claim.id)];

    // Every claim belongs to the round and is a draft.
    const stored = await testDb().claim.findMany({ where: { id: { in: [...aClaims, ...bClaims] } }, select: { codingRoundId: true, status: true } });
    expect(stored.every((claim) => claim.codingRoundId === round.id && claim.status === "draft")).toBe(true);

    // While the round is open: each coder sees their own claims and highlights only; the owner and a reviewer who does not code see all.
    expect((await claimIdsSeenBy(world, world.tokens.a)).sort()).toEqual([...aClaims].sort());
    expect((await claimIdsSeenBy(world, world.tokens.b)).sort()).toEqual([...bClaims].sort());
    expect((await claimIdsSeenBy(world, world.tokens.owner)).sort()).toEqual([...aClaims, ...bClaims].sort());
    expect((await claimIdsSeenBy(world, world.tokens.reviewer)).sort()).toEqual([...aClaims, ...bClaims].sort());
    expect((await annotationIdsSeenBy(world, world.tokens.a)).sort()).toEqual([...new Set(a.map((coded) => coded.annotationId))].sort());
    expect(await annotationIdsSeenBy(world, world.tokens.b)).not.toContain(a[0]!.annotationId);
    expect((await callRoute(getClaimRoute, { token: world.tokens.a, params: { claimId: bClaims[0]! } })).status).toBe(404);
    expect((await callRoute(getClaimRoute, { token: world.tokens.a, params: { claimId: aClaims[0]! } })).status).toBe(200);
    // Full-text search is the same list, so it is blind too.
    const searched = await callRoute(listClaimsRoute, { token: world.tokens.a, params: { projectId: world.project.id }, query: { q: "ACLED" } });
    expect((searched.json as { claims: { id: string }[] }).claims.map((claim) => claim.id)).not.toContain(bClaims[3]);

    // The two readings of the airstrikes (affirmed, denied) contradict each other, and that conflict would show B's to A.
    const conflictsSeenBy = async (token: string) => {
      const { json } = await callRoute(listConflictsRoute, { token, params: { projectId: world.project.id }, query: {} });
      return (json as { conflicts: { members: { claim: { id: string } }[] }[] }).conflicts.flatMap((conflict) => conflict.members.map((member) => member.claim.id));
    };
    expect(await conflictsSeenBy(world.tokens.owner)).toEqual(expect.arrayContaining([aClaims[4], bClaims[4]]));
    expect(await conflictsSeenBy(world.tokens.a)).not.toContain(bClaims[4]);

    // The round's claims stay drafts, and its agreement is the owner's alone while it is blind and open.
    const submitted = await callRoute(submitClaimRoute, { token: world.tokens.a, params: { claimId: aClaims[0]! }, body: {} });
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(409);
    expect((await callRoute(getRoundAgreementRoute, { token: world.tokens.a, params: { roundId: round.id } })).status).toBe(403);
    expect((await callRoute(getRoundAgreementRoute, { token: world.tokens.owner, params: { roundId: round.id } })).status).toBe(200);

    // A is done: the round stays open and B stays blind; a second "done" changes nothing.
    const aDone = await callRoute(markCodingDoneRoute, { token: world.tokens.a, params: { roundId: round.id } });
    expect(aDone.status).toBe(200);
    expect((aDone.json as { round: { status: string } }).round.status).toBe("open");
    expect((await callRoute(markCodingDoneRoute, { token: world.tokens.a, params: { roundId: round.id } })).status).toBe(200);
    expect(await claimIdsSeenBy(world, world.tokens.b)).not.toContain(aClaims[0]);
    // Someone who does not code in the round has no part to mark done.
    expect((await callRoute(markCodingDoneRoute, { token: world.tokens.reviewer, params: { roundId: round.id } })).status).toBe(403);

    // B is done: the round closes itself and both coders see everything.
    const bDone = await callRoute(markCodingDoneRoute, { token: world.tokens.b, params: { roundId: round.id } });
    expect(bDone.status).toBe(200);
    expect((bDone.json as { round: { status: string; closedAt: string | null } }).round).toMatchObject({ status: "closed", closedAt: expect.any(String) });
    const everyClaim = [...aClaims, ...bClaims].sort();
    expect((await claimIdsSeenBy(world, world.tokens.a)).sort()).toEqual(everyClaim);
    expect((await claimIdsSeenBy(world, world.tokens.b)).sort()).toEqual(everyClaim);
    expect(await annotationIdsSeenBy(world, world.tokens.b)).toContain(a[0]!.annotationId);
    expect((await callRoute(markCodingDoneRoute, { token: world.tokens.b, params: { roundId: round.id } })).status).toBe(409);

    // Agreement, read by a coder now that the round is closed.
    const agreement = await callRoute(getRoundAgreementRoute, { token: world.tokens.a, params: { roundId: round.id } });
    expect(agreement.status, JSON.stringify(agreement.json)).toBe(200);
    const report = agreement.json as AgreementReport;
    // The same data by hand: units × coders (A, B); B did not code civilian deaths, and B's 50 replaced B's 45.
    const quantities: ReliabilityData = [
      [4, 4],
      [60, 50],
      [17, 20],
      [30, null],
    ];
    const assertions: ReliabilityData = [["affirmed", "denied"]];
    const entities: ReliabilityData = [[isgs.id, isgs.id]];
    expect(report.coders).toEqual([world.coders.a.userId, world.coders.b.userId]);
    expect(report.units).toBe(6);
    expect(report.alpha.quantity).toEqual({ metric: "interval", ...krippendorffAlpha(quantities, "interval") });
    expect(report.alpha.quantity.value).toBeCloseTo(krippendorffAlpha(quantities, "interval").value!, 12);
    expect(report.alpha.quantity.pairableValues).toBe(6);
    expect(report.alpha.assertion).toEqual({ metric: "nominal", ...krippendorffAlpha(assertions, "nominal") });
    expect(report.alpha.entity).toEqual({ metric: "nominal", ...krippendorffAlpha(entities, "nominal") });
    expect(report.superseded).toEqual([expect.objectContaining({ coderId: world.coders.b.userId, claimId: bClaims[1], supersededBy: bClaims[2] })]);
    // ISGS's casualties, ACLED's count and the assertion disagree; the MSA count and the result agree, civilian deaths has one coder.
    expect(report.disagreements).toHaveLength(3);
    // Both coders highlighted the same words for every unit they share: A's 6 distinct spans and B's 5 (B's two readings of
    // ISGS's casualties share one range) match but for A's civilian deaths.
    expect(report.spanAgreement).toEqual([{ coderA: world.coders.a.userId, coderB: world.coders.b.userId, spans: 11, matchedSpans: 10, share: 10 / 11 }]);

    const audited = await testDb().auditEvent.findMany({ where: { objectType: "CodingRound", objectId: round.id }, orderBy: { id: "asc" } });
    expect(audited.map((event) => event.action)).toEqual(["coding_round.open", "coding_round.done", "coding_round.done", "coding_round.close"]);
    expect(audited[3]!.after).toEqual({ status: "closed", reason: "all_coders_done" });
  });
});

describe("who opens, codes and closes a round", () => {
  it("lets only owners open one, for coders who are members that may create claims, one open round per source", async () => {
    const world = await team();
    const outsider = await createUser();

    const byResearcher = await openRound(world, undefined, world.tokens.a);
    expect(byResearcher.status).toBe(403);
    const byReviewer = await openRound(world, undefined, world.tokens.reviewer);
    expect(byReviewer.status).toBe(403);
    const byOutsider = await openRound(world, undefined, await tokenOf(outsider));
    expect(byOutsider.status, "a source of another project is not found").toBe(404);

    const withOutsider = await openRound(world, { coderIds: [world.coders.a.userId, outsider.userId], isBlind: true });
    expect(withOutsider.status).toBe(400);
    expect(withOutsider.json).toMatchObject({ error: { code: "validation_failed", details: { fields: [{ path: "coderIds.1", message: expect.stringContaining("not a member") }] } } });
    const withViewer = await openRound(world, { coderIds: [world.coders.a.userId, world.members.viewer.userId] });
    expect(withViewer.status).toBe(400);
    expect(JSON.stringify(withViewer.json)).toContain("cannot create claims");
    const alone = await openRound(world, { coderIds: [world.coders.a.userId] });
    expect(alone.status).toBe(400);
    expect(await testDb().codingRound.count({ where: { sourceId: world.source.id } })).toBe(0);

    expect((await openRound(world)).status).toBe(201);
    const second = await openRound(world);
    expect(second.status).toBe(409);
    expect(second.json).toMatchObject({ error: { code: "already_open" } });
  });

  it("lets an owner close a round early, after which coders see each other's claims; coders cannot close it", async () => {
    const world = await team();
    const opened = await openRound(world);
    const roundId = (opened.json as { round: { id: string } }).round.id;
    const { msaJnim, msa, casualties } = world.vocabulary;
    const { claim } = await code(world, world.coders.b, world.tokens.b, { subjectId: msaJnim.id, propertyId: casualties.id, value: killed(4), originId: msa.id, phrase: "4 (per MSA)" });
    expect(await claimIdsSeenBy(world, world.tokens.a)).not.toContain(claim.id);

    expect((await callRoute(closeCodingRoundRoute, { token: world.tokens.a, params: { roundId } })).status).toBe(403);
    const closed = await callRoute(closeCodingRoundRoute, { token: world.tokens.owner, params: { roundId } });
    expect(closed.status).toBe(200);
    expect((closed.json as { round: { status: string } }).round.status).toBe("closed");
    expect(await claimIdsSeenBy(world, world.tokens.a)).toContain(claim.id);
    expect((await callRoute(closeCodingRoundRoute, { token: world.tokens.owner, params: { roundId } })).status).toBe(409);

    // After the round, B's claims are no longer tied to a round and may go to review.
    const submitted = await callRoute(submitClaimRoute, { token: world.tokens.b, params: { claimId: claim.id }, body: {} });
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(200);

    const read = await callRoute(getCodingRoundRoute, { token: world.tokens.a, params: { roundId } });
    expect(read.status).toBe(200);
    expect((read.json as { round: { coders: { id: string; doneAt: string | null }[] } }).round.coders.map((coder) => coder.id)).toEqual([world.coders.a.userId, world.coders.b.userId]);
    const stranger = await tokenOf(await createUser());
    expect((await callRoute(getCodingRoundRoute, { token: stranger, params: { roundId } })).status).toBe(404);
    const audited = await testDb().auditEvent.findMany({ where: { objectType: "CodingRound", objectId: roundId, action: "coding_round.close" } });
    expect(audited.map((event) => event.after)).toEqual([{ status: "closed", reason: "closed_by_owner" }]);
  });

  it("a round that is not blind hides nothing while it is open", async () => {
    const world = await team();
    expect((await openRound(world, { coderIds: [world.coders.a.userId, world.coders.b.userId], isBlind: false })).status).toBe(201);
    const { msaJnim, msa, casualties } = world.vocabulary;
    const { claim } = await code(world, world.coders.b, world.tokens.b, { subjectId: msaJnim.id, propertyId: casualties.id, value: killed(4), originId: msa.id, phrase: "4 (per MSA)" });
    expect(await claimIdsSeenBy(world, world.tokens.a)).toContain(claim.id);
  });
});
