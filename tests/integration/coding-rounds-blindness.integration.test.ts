import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { getClaimRoute, listClaimsRoute } from "@/lib/api/contract/claims";
import { closeCodingRoundRoute, markCodingDoneRoute } from "@/lib/api/contract/coding-rounds";
import { listEstimatesRoute } from "@/lib/api/contract/estimates";
import { previewExportRoute } from "@/lib/api/contract/exports";
import { createClaimCommentRoute, listAuditRoute, listClaimCommentsRoute, listInboxRoute, reviewQueueRoute, submitClaimRoute } from "@/lib/api/contract/reviews";
import { dismissCandidateRoute, suggestClaimsRoute } from "@/lib/api/contract/suggestions";
import { MANIFEST_FILE_PATH } from "@/lib/export/dataset";
import { exportFiltersSchema } from "@/lib/export/filters";
import { manifestSchema } from "@/lib/export/manifest";
import { commentBodySchema } from "@/lib/review/comment-body";
import { getEntityPage } from "@/lib/server/events/get-entity-page";
import { exportDataset } from "@/lib/server/export/export-dataset";
import { code, codingTeam, killed, openRound, type CodingTeam } from "./coding-round-factories";
import { testDb } from "./factories";
import { callRoute } from "./route-client";
import { bytesOf } from "./export-factories";

/**
 * Blindness beyond the claims list (issue 19): while a blind round is open, a
 * coder who is also a reviewer (so may read the review queue, the audit trail
 * and export) finds another coder's claims on the round's source nowhere — not
 * in a claim's conflicts, the review queue, the entity page, estimates,
 * comments, the inbox, the audit trail, the source's suggestions or an export.
 * The other coder's claims were made before the round and submitted; they are
 * on the blind source, so they are hidden just the same.
 */

type Json = Record<string, unknown>;

/** Coder A codes and submits before the round; the owner mentions the reviewer on A's claim; then a blind round for the reviewer and A. */
async function blindReviewer() {
  const world = await codingTeam();
  const { msaJnim, msa, battle, occurred, leMonde, casualties } = world.vocabulary;
  const affirmed = { type: "assertion", proposition: "airstrikes occurred during the battle", polarity: "affirmed" } as const;
  const aAssertion = (await code(world, world.coders.a, world.tokens.a, { subjectId: battle.id, propertyId: occurred.id, value: affirmed, originId: leMonde.id, phrase: "while airstrikes occurred" })).claim;
  const aCount = (await code(world, world.coders.a, world.tokens.a, { subjectId: msaJnim.id, propertyId: casualties.id, value: killed(4), originId: msa.id, phrase: "4 (per MSA)" })).claim;
  for (const claim of [aAssertion, aCount]) expect((await callRoute(submitClaimRoute, { token: world.tokens.a, params: { claimId: claim.id }, body: {} })).status).toBe(200);
  const mention = commentBodySchema.parse({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: "Look at this, " }, { type: "mention", attrs: { id: world.members.reviewer.userId, label: "x" } }] }],
  });
  expect((await callRoute(createClaimCommentRoute, { token: world.tokens.owner, params: { claimId: aAssertion.id }, body: { body: mention } })).status).toBe(201);

  const opened = await openRound(world, { coderIds: [world.members.reviewer.userId, world.coders.a.userId], isBlind: true });
  expect(opened.status, JSON.stringify(opened.json)).toBe(201);
  const roundId = (opened.json as { round: { id: string } }).round.id;
  // The reviewer codes the airstrikes the other way: a contradiction with A's claim, whose explanation names A's reading.
  const denied = { ...affirmed, polarity: "denied" } as const;
  const own = (await code(world, world.members.reviewer, world.tokens.reviewer, { subjectId: battle.id, propertyId: occurred.id, value: denied, originId: leMonde.id, phrase: "while airstrikes occurred" })).claim;
  return { world, roundId, aAssertion, aCount, own };
}

async function read(token: string, route: Parameters<typeof callRoute>[0], input: Omit<Parameters<typeof callRoute>[1], "token">) {
  const { status, json } = await callRoute(route, { token, ...input });
  return { status, json: json as Json };
}

const conflictIdsOf = (claim: unknown) => (claim as { conflicts: { id: string }[] }).conflicts.map((conflict) => conflict.id);

describe("a blind coder who reviews", () => {
  it("finds the other coder's claims on the blind source in no list, thread, inbox, trail, suggestion or export, until the round closes", async () => {
    const { world, roundId, aAssertion, aCount, own } = await blindReviewer();
    const { reviewer: blind, owner } = world.tokens;
    const projectId = world.project.id;
    const conflict = await testDb().conflict.findFirstOrThrow({ where: { projectId, members: { some: { claimId: own.id } } }, select: { id: true } });
    expect(await testDb().conflictMember.count({ where: { conflictId: conflict.id, claimId: aAssertion.id } })).toBe(1);

    // A claim's own conflicts: the one with A's claim is not among them, by id or in the claims list; the owner sees it.
    expect(conflictIdsOf((await read(owner, getClaimRoute, { params: { claimId: own.id } })).json.claim)).toContain(conflict.id);
    expect(conflictIdsOf((await read(blind, getClaimRoute, { params: { claimId: own.id } })).json.claim)).toEqual([]);
    const listed = (await read(blind, listClaimsRoute, { params: { projectId }, query: {} })).json.claims as { id: string }[];
    expect(listed.map((claim) => claim.id)).toEqual([own.id]);
    expect(conflictIdsOf(listed[0])).toEqual([]);

    // The review queue.
    const queueIds = async (token: string) => ((await read(token, reviewQueueRoute, { params: { projectId }, query: {} })).json.items as { claim: { id: string } }[]).map((item) => item.claim.id);
    expect(await queueIds(owner)).toEqual(expect.arrayContaining([aAssertion.id, aCount.id]));
    expect(await queueIds(blind)).toEqual([]);

    // The entity page of the battle (an event): its timeline of claims.
    const timeline = async (actor: typeof world.members.owner) => (await getEntityPage(testDb(), actor, world.vocabulary.battle.id)).timeline.flatMap((group) => group.entries.map((entry) => entry.claim));
    expect((await timeline(world.members.owner)).map((claim) => claim.id)).toContain(aAssertion.id);
    const blindTimeline = await timeline(world.members.reviewer);
    expect(blindTimeline.map((claim) => claim.id)).toEqual([own.id]);
    expect(conflictIdsOf(blindTimeline[0])).toEqual([]);

    // Estimates of MSA/JNIM's casualties, every status.
    const estimateClaims = async (token: string) =>
      ((await read(token, listEstimatesRoute, { params: { projectId }, query: { subjectId: world.vocabulary.msaJnim.id, status: "all" } })).json.estimates as { claims: { id: string }[] }[]).flatMap((estimate) => estimate.claims.map((claim) => claim.id));
    expect(await estimateClaims(owner)).toContain(aCount.id);
    expect(await estimateClaims(blind)).toEqual([]);

    // The comment thread of A's claim is not found, and cannot be written to; the mention waits outside the inbox.
    expect((await read(blind, listClaimCommentsRoute, { params: { claimId: aAssertion.id } })).status).toBe(404);
    const body = commentBodySchema.parse({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "probe" }] }] });
    expect((await read(blind, createClaimCommentRoute, { params: { claimId: aAssertion.id }, body: { body } })).status).toBe(404);
    const inbox = async (token: string) => (await read(token, listInboxRoute, { query: {} })).json as { notifications: unknown[]; unreadCount: number };
    expect(await inbox(blind)).toMatchObject({ notifications: [], unreadCount: 0 });

    // The audit trail names neither A's claims nor the comment on them.
    const auditObjects = async (token: string) => ((await read(token, listAuditRoute, { params: { projectId }, query: { limit: "200" } })).json.events as { objectType: string; objectId: string }[]).map((event) => `${event.objectType}:${event.objectId}`);
    const comment = await testDb().comment.findFirstOrThrow({ where: { claimId: aAssertion.id }, select: { id: true } });
    expect(await auditObjects(owner)).toEqual(expect.arrayContaining([`Claim:${aAssertion.id}`, `Comment:${comment.id}`]));
    expect(await auditObjects(blind)).not.toEqual(expect.arrayContaining([`Claim:${aAssertion.id}`]));
    expect(await auditObjects(blind)).not.toEqual(expect.arrayContaining([`Comment:${comment.id}`]));
    expect(await auditObjects(blind)).toContain(`Claim:${own.id}`);

    // A candidate A dismissed is still offered to the blind coder.
    const suggested = async (token: string) => (await read(token, suggestClaimsRoute, { params: { sourceId: world.source.id }, body: {} })).json as { revision: { id: string }; candidates: { key: string }[] };
    const candidates = async (token: string) => (await suggested(token)).candidates.map((candidate) => candidate.key);
    const { revision, candidates: [first] } = await suggested(world.tokens.a);
    const key = first!.key;
    expect((await read(world.tokens.a, dismissCandidateRoute, { params: { sourceId: world.source.id, key }, body: { revisionId: revision.id } })).status).toBe(200);
    expect(await candidates(owner)).not.toContain(key);
    expect(await candidates(blind)).toContain(key);

    // Export: refused while blind (a version is the project's, shared by all who export).
    expect((await read(blind, previewExportRoute, { params: { projectId }, query: { status: "submitted" } })).status).toBe(403);
    await expect(exportDataset(testDb(), world.members.reviewer, projectId, { format: "jsonl", filters: exportFiltersSchema.parse({}) })).rejects.toMatchObject({ status: 403 });

    // Closed: everything is back.
    expect((await read(owner, closeCodingRoundRoute, { params: { roundId } })).status).toBe(200);
    expect(conflictIdsOf((await read(blind, getClaimRoute, { params: { claimId: own.id } })).json.claim)).toContain(conflict.id);
    expect(await queueIds(blind)).toEqual(expect.arrayContaining([aAssertion.id, aCount.id]));
    expect(await estimateClaims(blind)).toContain(aCount.id);
    expect((await read(blind, listClaimCommentsRoute, { params: { claimId: aAssertion.id } })).status).toBe(200);
    expect((await inbox(blind)).unreadCount).toBe(1);
    expect(await auditObjects(blind)).toContain(`Claim:${aAssertion.id}`);
    expect(await candidates(blind)).not.toContain(key);
    expect((await read(blind, previewExportRoute, { params: { projectId }, query: { status: "submitted" } })).status).toBe(200);
  });
});

describe("the export manifest", () => {
  it("lists each closed round of the exported sources with its agreement, for the round and per coder pair", async () => {
    const world: CodingTeam = await codingTeam();
    const { msaJnim, isgs, msa, casualties } = world.vocabulary;
    const opened = await openRound(world);
    const roundId = (opened.json as { round: { id: string } }).round.id;
    for (const [coder, token, figures] of [
      [world.coders.a, world.tokens.a, [4, 60]],
      [world.coders.b, world.tokens.b, [4, 50]],
    ] as const) {
      await code(world, coder, token, { subjectId: msaJnim.id, propertyId: casualties.id, value: killed(figures[0]), originId: msa.id, phrase: "4 (per MSA)" });
      await code(world, coder, token, { subjectId: isgs.id, propertyId: casualties.id, value: killed(figures[1]), originId: msa.id, phrase: "60+ (per IS)" });
    }
    const manifestOf = async () => {
      const exported = await exportDataset(testDb(), world.members.owner, world.project.id, { format: "zip", filters: exportFiltersSchema.parse({ statuses: ["draft"] }) });
      return manifestSchema.parse(JSON.parse(new TextDecoder().decode(unzipSync(await bytesOf(exported))[MANIFEST_FILE_PATH])));
    };
    expect((await manifestOf()).codingRounds).toEqual([]);

    for (const token of [world.tokens.a, world.tokens.b]) expect((await callRoute(markCodingDoneRoute, { token, params: { roundId } })).status).toBe(200);
    const manifest = await manifestOf();
    // The round closed but no claim changed: it is news all the same, so a new version.
    expect(manifest.dataset.version).toBe(2);
    const [round] = manifest.codingRounds;
    expect(round).toMatchObject({
      id: roundId,
      source: { id: world.source.id },
      isBlind: true,
      coders: [{ id: world.coders.a.userId }, { id: world.coders.b.userId }],
      units: 2,
      alpha: { quantity: { metric: "interval", pairableValues: 4 } },
    });
    expect(round!.alpha.quantity.value).toBeGreaterThan(0.9);
    expect(round!.pairs).toEqual([
      { coderA: world.coders.a.userId, coderB: world.coders.b.userId, alpha: round!.alpha, spanAgreement: { share: 1, spans: 4, matchedSpans: 4 } },
    ]);
  });
});
