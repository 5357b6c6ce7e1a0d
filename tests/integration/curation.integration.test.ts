import { describe, expect, it } from "vitest";
import { getClaimRoute } from "@/lib/api/contract/claims";
import { closeCodingRoundRoute, getCodingRoundRoute, markCodingDoneRoute } from "@/lib/api/contract/coding-rounds";
import { curateUnitRoute, getCurationUnitsRoute } from "@/lib/api/contract/curation";
import { reviewClaimRoute, reviewQueueRoute, submitClaimRoute } from "@/lib/api/contract/reviews";
import type { CurationDecisionView, CurationUnitView } from "@/lib/curation/curation-schema";
import { code, codingTeam, killed, openRound, type CodingTeam } from "./coding-round-factories";
import { createUser, testDb } from "./factories";
import { callRoute, tokenOf } from "./route-client";

/**
 * Curation of a closed coding round through the real route handlers (issue
 * 19): a curator sees the units side by side, accepts one coder's claim or
 * writes their own, the other claims are kept and curated away, and the
 * curated claim goes through the review queue to approval.
 */

/** A blind round of coders A and B: three units (MSA's count, ISGS's count, civilian deaths), B reading ISGS's count twice. */
async function codedRound(world: CodingTeam) {
  const opened = await openRound(world);
  expect(opened.status).toBe(201);
  const roundId = (opened.json as { round: { id: string } }).round.id;
  const { msaJnim, isgs, msa, casualties, civilianDeaths, leMonde } = world.vocabulary;
  const { a, b } = world.coders;
  const claims = {
    a4: await code(world, a, world.tokens.a, { subjectId: msaJnim.id, propertyId: casualties.id, value: killed(4), originId: msa.id, phrase: "4 (per MSA)" }),
    b5: await code(world, b, world.tokens.b, { subjectId: msaJnim.id, propertyId: casualties.id, value: killed(5), originId: msa.id, phrase: "4 (per MSA)" }),
    a60: await code(world, a, world.tokens.a, { subjectId: isgs.id, propertyId: casualties.id, value: killed(60), originId: msa.id, phrase: "60+ (per IS)" }),
    b45: await code(world, b, world.tokens.b, { subjectId: isgs.id, propertyId: casualties.id, value: killed(45), originId: msa.id, phrase: "60+ (per IS)" }),
    b50: await code(world, b, world.tokens.b, { subjectId: isgs.id, propertyId: casualties.id, value: killed(50), originId: msa.id, phrase: "60+ (per IS)" }),
    a30: await code(world, a, world.tokens.a, { subjectId: isgs.id, propertyId: civilianDeaths.id, value: killed(30), originId: leMonde.id, phrase: "30–45+ civilians killed" }),
  };
  return { roundId, claims };
}

const unitsOf = async (world: CodingTeam, roundId: string, token = world.tokens.owner) => callRoute(getCurationUnitsRoute, { token, params: { roundId } });
const curate = (token: string, roundId: string, body: object) => callRoute(curateUnitRoute, { token, params: { roundId }, body });
const storedClaim = (id: string) => testDb().claim.findUniqueOrThrow({ where: { id }, select: { status: true, curation: true, isDeleted: true } });

describe("curating a closed coding round", () => {
  it("accepts one coder's claim or the curator's own per unit, keeps the others curated away, and sends the curated claims through review", async () => {
    const world = await codingTeam();
    const { roundId, claims } = await codedRound(world);
    const { isgs, casualties, msa } = world.vocabulary;

    // While the round is open, nothing is curated and its units are not shown.
    expect((await unitsOf(world, roundId)).json).toMatchObject({ error: { code: "not_open" } });
    expect((await unitsOf(world, roundId)).status).toBe(409);
    expect((await curate(world.tokens.owner, roundId, { unitKey: "x", claimId: claims.a4.claim.id })).status).toBe(409);
    for (const token of [world.tokens.a, world.tokens.b]) expect((await callRoute(markCodingDoneRoute, { token, params: { roundId } })).status).toBe(200);

    // Side by side: coders in the round's order, B's 50 counting over B's 45, B with no civilian deaths.
    const listed = await unitsOf(world, roundId);
    expect(listed.status, JSON.stringify(listed.json)).toBe(200);
    const units = (listed.json as { units: CurationUnitView[] }).units;
    expect(units.map((unit) => unit.codings.map((coding) => coding.claim?.id ?? null))).toEqual([
      [claims.a4.claim.id, claims.b5.claim.id],
      [claims.a60.claim.id, claims.b50.claim.id],
      [claims.a30.claim.id, null],
    ]);
    expect(units[1]!.codings[1]!.superseded.map((claim) => claim.id)).toEqual([claims.b45.claim.id]);
    expect(units[0]!.codings.map((coding) => coding.coder.id)).toEqual([world.coders.a.userId, world.coders.b.userId]);
    expect(units[0]).toMatchObject({ subject: { name: "MSA and JNIM forces" }, property: { label: "Casualties" }, origin: { label: expect.stringContaining("Movement") }, decision: null });
    expect(units[0]!.codings[1]!.claim).toMatchObject({ valueText: expect.stringContaining("5"), evidence: [{ exact: "4 (per MSA)" }], curation: null });
    const [msaUnit, isgsUnit, civilianUnit] = units as [CurationUnitView, CurationUnitView, CurationUnitView];

    // The owner accepts B's reading of MSA's count: it is submitted, A's is kept, curated away, still a draft.
    const accepted = await curate(world.tokens.owner, roundId, { unitKey: msaUnit.key, claimId: claims.b5.claim.id });
    expect(accepted.status, JSON.stringify(accepted.json)).toBe(201);
    const acceptedDecision = (accepted.json as { decision: CurationDecisionView }).decision;
    expect(acceptedDecision).toMatchObject({ kind: "accepted", unitKey: msaUnit.key, decidedBy: { id: world.members.owner.userId }, claim: { id: claims.b5.claim.id, status: "submitted", curation: "curated" } });
    expect(await storedClaim(claims.b5.claim.id)).toEqual({ status: "submitted", curation: "curated", isDeleted: false });
    expect(await storedClaim(claims.a4.claim.id)).toEqual({ status: "draft", curation: "curated_away", isDeleted: false });
    // A unit is decided once; a curated-away claim never goes to review, not even by its author.
    const again = await curate(world.tokens.reviewer, roundId, { unitKey: msaUnit.key, claimId: claims.a4.claim.id });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ error: { code: "duplicate" } });
    const resubmitted = await callRoute(submitClaimRoute, { token: world.tokens.a, params: { claimId: claims.a4.claim.id }, body: {} });
    expect(resubmitted.status, JSON.stringify(resubmitted.json)).toBe(409);
    expect(JSON.stringify(resubmitted.json)).toContain("curated away");
    expect((await callRoute(getClaimRoute, { token: world.tokens.a, params: { claimId: claims.a4.claim.id } })).json).toMatchObject({ claim: { curation: "curated_away" } });

    // The reviewer writes ISGS's count themselves, on B's highlight: every coder's claim there, the superseded one too, is curated away.
    const evidence = await testDb().evidence.findFirstOrThrow({ where: { claimId: claims.b50.claim.id } });
    const own = { subjectId: isgs.id, propertyId: casualties.id, value: killed(55), attribution: [{ role: "origin", entityId: msa.id }], evidenceAnnotationIds: [evidence.annotationId] };
    const written = await curate(world.tokens.reviewer, roundId, { unitKey: isgsUnit.key, claim: own });
    expect(written.status, JSON.stringify(written.json)).toBe(201);
    const writtenClaim = (written.json as { claim: { id: string; status: string; createdBy: { id: string } } }).claim;
    expect(writtenClaim).toMatchObject({ status: "submitted", createdBy: { id: world.members.reviewer.userId } });
    expect((written.json as { decision: CurationDecisionView }).decision).toMatchObject({ kind: "written", decidedBy: { id: world.members.reviewer.userId } });
    for (const id of [claims.a60.claim.id, claims.b45.claim.id, claims.b50.claim.id]) expect(await storedClaim(id)).toMatchObject({ status: "draft", curation: "curated_away" });
    // The curator's own claim belongs to no round: the units and their agreement stay the coders'.
    expect(await testDb().claim.findUniqueOrThrow({ where: { id: writtenClaim.id }, select: { codingRoundId: true } })).toEqual({ codingRoundId: null });

    // The round's record shows who chose what.
    const after = (await unitsOf(world, roundId, world.tokens.reviewer)).json as { units: CurationUnitView[] };
    expect(after.units.map((unit) => unit.decision && { kind: unit.decision.kind, by: unit.decision.decidedBy.name, claim: unit.decision.claim.id })).toEqual([
      { kind: "accepted", by: world.members.owner.name, claim: claims.b5.claim.id },
      { kind: "written", by: world.members.reviewer.name, claim: writtenClaim.id },
      null,
    ]);
    expect(after.units[0]!.codings.map((coding) => coding.claim?.curation)).toEqual(["curated_away", "curated"]);
    const audited = await testDb().auditEvent.findMany({ where: { objectType: "CodingRound", objectId: roundId, action: "coding_round.curate" }, orderBy: { id: "asc" } });
    expect(audited.map((event) => event.after)).toEqual([
      { unitKey: msaUnit.key, kind: "accepted", curatedClaimId: claims.b5.claim.id, coderId: world.coders.b.userId, curatedAwayClaimIds: [claims.a4.claim.id] },
      {
        unitKey: isgsUnit.key,
        kind: "written",
        curatedClaimId: writtenClaim.id,
        coderId: null,
        curatedAwayClaimIds: [claims.a60.claim.id, claims.b45.claim.id, claims.b50.claim.id],
      },
    ]);

    // Both curated claims wait in the review queue, the curated-away ones do not; a reviewer approves the accepted one, the owner the reviewer's own.
    const queue = await callRoute(reviewQueueRoute, { token: world.tokens.reviewer, params: { projectId: world.project.id }, query: {} });
    expect((queue.json as { items: { claim: { id: string } }[] }).items.map((item) => item.claim.id).sort()).toEqual([claims.b5.claim.id, writtenClaim.id].sort());
    const approved = await callRoute(reviewClaimRoute, { token: world.tokens.reviewer, params: { claimId: claims.b5.claim.id }, body: { decision: "approve" } });
    expect(approved.status, JSON.stringify(approved.json)).toBe(201);
    expect((approved.json as { claim: { status: string } }).claim.status).toBe("approved");
    expect((await callRoute(reviewClaimRoute, { token: world.tokens.reviewer, params: { claimId: writtenClaim.id }, body: { decision: "approve" } })).status, "four eyes").toBe(403);
    expect((await callRoute(reviewClaimRoute, { token: world.tokens.owner, params: { claimId: writtenClaim.id }, body: { decision: "approve" } })).status).toBe(201);

    // The unit only A coded is still open to a decision, and every claim of the round is still there.
    expect(civilianUnit.decision).toBeNull();
    expect(await testDb().claim.count({ where: { codingRoundId: roundId, isDeleted: false } })).toBe(6);
  });

  it("lets only owners and reviewers curate; researchers, viewers and non-members cannot", async () => {
    const world = await codingTeam();
    const { roundId, claims } = await codedRound(world);
    expect((await callRoute(closeCodingRoundRoute, { token: world.tokens.owner, params: { roundId } })).status).toBe(200);
    const unitKey = ((await unitsOf(world, roundId)).json as { units: CurationUnitView[] }).units[0]!.key;
    const viewer = await tokenOf(world.members.viewer);
    const outsider = await tokenOf(await createUser());

    for (const token of [world.tokens.a, viewer]) {
      expect((await unitsOf(world, roundId, token)).status).toBe(403);
      expect((await curate(token, roundId, { unitKey, claimId: claims.a4.claim.id })).status).toBe(403);
    }
    expect((await unitsOf(world, roundId, outsider)).status, "a round of another project is not found").toBe(404);
    expect((await curate(outsider, roundId, { unitKey, claimId: claims.a4.claim.id })).status).toBe(404);
    // Members may still read the round itself.
    expect((await callRoute(getCodingRoundRoute, { token: world.tokens.a, params: { roundId } })).status).toBe(200);
    expect(await testDb().curationDecision.count({ where: { roundId } })).toBe(0);
  });

  it("refuses bad decisions with a 400 that names the field, and changes nothing", async () => {
    const world = await codingTeam();
    const { roundId, claims } = await codedRound(world);
    expect((await callRoute(closeCodingRoundRoute, { token: world.tokens.owner, params: { roundId } })).status).toBe(200);
    const [msaUnit] = ((await unitsOf(world, roundId)).json as { units: CurationUnitView[] }).units as [CurationUnitView];
    const { msaJnim, isgs, casualties, msa } = world.vocabulary;
    const evidence = await testDb().evidence.findFirstOrThrow({ where: { claimId: claims.a4.claim.id } });
    const own = { subjectId: msaJnim.id, propertyId: casualties.id, value: killed(4), attribution: [{ role: "origin", entityId: msa.id }], evidenceAnnotationIds: [evidence.annotationId] };

    // The body's shape is checked by the contract (paths under `body.`), the unit and its claims by the data layer.
    const refusals: [object, string][] = [
      [{ unitKey: msaUnit.key }, "body.claimId"],
      [{ unitKey: msaUnit.key, claimId: claims.a4.claim.id, claim: own }, "body.claimId"],
      [{ unitKey: msaUnit.key, claim: { ...own, evidenceAnnotationIds: [] } }, "body.claim.evidenceAnnotationIds"],
      [{ unitKey: msaUnit.key, claimId: claims.a4.claim.id, extra: true }, "body"],
      [{ unitKey: "not a unit", claimId: claims.a4.claim.id }, "unitKey"],
      [{ unitKey: msaUnit.key, claimId: claims.a60.claim.id }, "claimId"],
      [{ unitKey: msaUnit.key, claim: { ...own, subjectId: isgs.id } }, "claim.subjectId"],
    ];
    for (const [body, path] of refusals) {
      const refused = await curate(world.tokens.owner, roundId, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.json, JSON.stringify(refused.json)).toMatchObject({ error: { code: "validation_failed", details: { fields: expect.arrayContaining([expect.objectContaining({ path })]) } } });
    }
    expect(await testDb().curationDecision.count({ where: { roundId } })).toBe(0);
    expect(await testDb().claim.count({ where: { projectId: world.project.id, curation: { not: null } } })).toBe(0);
  });

  it("will not curate away a claim a coder sent to review after the round closed", async () => {
    const world = await codingTeam();
    const { roundId, claims } = await codedRound(world);
    expect((await callRoute(closeCodingRoundRoute, { token: world.tokens.owner, params: { roundId } })).status).toBe(200);
    expect((await callRoute(submitClaimRoute, { token: world.tokens.a, params: { claimId: claims.a4.claim.id }, body: {} })).status).toBe(200);
    const [msaUnit] = ((await unitsOf(world, roundId)).json as { units: CurationUnitView[] }).units as [CurationUnitView];

    const refused = await curate(world.tokens.owner, roundId, { unitKey: msaUnit.key, claimId: claims.b5.claim.id });
    expect(refused.status, JSON.stringify(refused.json)).toBe(409);
    expect(await storedClaim(claims.b5.claim.id)).toEqual({ status: "draft", curation: null, isDeleted: false });
    // Accepting the claim already in review is fine: it stays submitted, and B's is curated away.
    const accepted = await curate(world.tokens.owner, roundId, { unitKey: msaUnit.key, claimId: claims.a4.claim.id });
    expect(accepted.status, JSON.stringify(accepted.json)).toBe(201);
    expect(await storedClaim(claims.a4.claim.id)).toEqual({ status: "submitted", curation: "curated", isDeleted: false });
  });
});
