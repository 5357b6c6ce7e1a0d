import { describe, expect, it } from "vitest";
import { markCodingDoneRoute } from "@/lib/api/contract/coding-rounds";
import { curateUnitRoute, getCurationUnitsRoute } from "@/lib/api/contract/curation";
import type { CurationUnitView } from "@/lib/curation/curation-schema";
import { recomputeProject } from "@/lib/server/conflicts/recompute-project";
import { code, codingTeam, killed, openRound, type CodingTeam } from "./coding-round-factories";
import { testDb } from "./factories";
import { callRoute } from "./route-client";

/**
 * A claim curated away takes no part in conflict detection (issue 19): the
 * curator chose another claim for its unit, so the disagreements it had close
 * in the curation's transaction, as a deleted claim's do, and stay closed
 * through a full recomputation. The curated claim's own conflicts stand.
 */

/** MSA's count read as 4 by coder A and 5 by coder B in a blind round, and as 9 by the owner, who does not code. */
async function disagreeingRound(world: CodingTeam) {
  const opened = await openRound(world);
  expect(opened.status).toBe(201);
  const roundId = (opened.json as { round: { id: string } }).round.id;
  const { msaJnim, casualties, msa } = world.vocabulary;
  const reading = { subjectId: msaJnim.id, propertyId: casualties.id, originId: msa.id, phrase: "4 (per MSA)" };
  const claims = {
    a4: (await code(world, world.coders.a, world.tokens.a, { ...reading, value: killed(4) })).claim.id,
    b5: (await code(world, world.coders.b, world.tokens.b, { ...reading, value: killed(5) })).claim.id,
    owner9: (await code(world, world.members.owner, world.tokens.owner, { ...reading, value: killed(9) })).claim.id,
  };
  for (const token of [world.tokens.a, world.tokens.b]) expect((await callRoute(markCodingDoneRoute, { token, params: { roundId } })).status).toBe(200);
  return { roundId, claims };
}

/** The project's conflicts as "claim:claim" pairs (ids sorted) with their status. */
async function conflictStatuses(projectId: string, names: Record<string, string>) {
  const conflicts = await testDb().conflict.findMany({ where: { projectId }, include: { members: { select: { claimId: true } } } });
  return Object.fromEntries(
    conflicts
      .map((conflict) => [conflict.members.map((member) => names[member.claimId]).sort().join("~"), conflict.status] as const)
      .sort(([x], [y]) => x.localeCompare(y)),
  );
}

describe("conflicts of claims curated away", () => {
  it("closes the conflicts of the claims curated away, keeps the curated claim's, and a recomputation does not bring them back", async () => {
    const world = await codingTeam();
    const { roundId, claims } = await disagreeingRound(world);
    const names = Object.fromEntries(Object.entries(claims).map(([name, id]) => [id, name]));
    expect(await conflictStatuses(world.project.id, names)).toEqual({ "a4~b5": "open", "a4~owner9": "open", "b5~owner9": "open" });

    const [unit] = ((await callRoute(getCurationUnitsRoute, { token: world.tokens.owner, params: { roundId } })).json as { units: CurationUnitView[] }).units as [CurationUnitView];
    const curated = await callRoute(curateUnitRoute, { token: world.tokens.owner, params: { roundId }, body: { unitKey: unit.key, claimId: claims.b5 } });
    expect(curated.status, JSON.stringify(curated.json)).toBe(201);

    // A's 4 was curated away: its two conflicts closed by themselves, saying why; B's 5 still disagrees with the owner's 9.
    expect(await conflictStatuses(world.project.id, names)).toEqual({ "a4~b5": "resolved", "a4~owner9": "resolved", "b5~owner9": "open" });
    const closed = await testDb().conflict.findMany({ where: { projectId: world.project.id, status: "resolved" }, select: { id: true, isClosedAutomatically: true, statusNote: true } });
    for (const conflict of closed) {
      expect(conflict).toMatchObject({ isClosedAutomatically: true, statusNote: expect.stringContaining("was curated away") });
    }
    const audited = await testDb().auditEvent.findMany({ where: { action: "conflict.auto_close", objectId: { in: closed.map((conflict) => conflict.id) } }, select: { actorId: true } });
    expect(audited).toEqual([{ actorId: world.members.owner.userId }, { actorId: world.members.owner.userId }]);

    const recomputed = await recomputeProject(testDb(), world.members.owner, world.project.id);
    expect(recomputed).toMatchObject({ created: 0, closed: 0, reopened: 0 });
    expect(await conflictStatuses(world.project.id, names)).toEqual({ "a4~b5": "resolved", "a4~owner9": "resolved", "b5~owner9": "open" });
  });

  it("compares a curator's own claim with the claims that remain, not with those it replaced", async () => {
    const world = await codingTeam();
    const { roundId, claims } = await disagreeingRound(world);
    const { msaJnim, casualties, msa } = world.vocabulary;
    const [unit] = ((await callRoute(getCurationUnitsRoute, { token: world.tokens.owner, params: { roundId } })).json as { units: CurationUnitView[] }).units as [CurationUnitView];
    const evidence = await testDb().evidence.findFirstOrThrow({ where: { claimId: claims.a4 } });
    const own = { subjectId: msaJnim.id, propertyId: casualties.id, value: killed(7), attribution: [{ role: "origin", entityId: msa.id }], evidenceAnnotationIds: [evidence.annotationId] };
    const written = await callRoute(curateUnitRoute, { token: world.tokens.reviewer, params: { roundId }, body: { unitKey: unit.key, claim: own } });
    expect(written.status, JSON.stringify(written.json)).toBe(201);
    const names = { ...Object.fromEntries(Object.entries(claims).map(([name, id]) => [id, name])), [(written.json as { claim: { id: string } }).claim.id]: "own7" };

    expect(await conflictStatuses(world.project.id, names)).toEqual({ "a4~b5": "resolved", "a4~owner9": "resolved", "b5~owner9": "resolved", "own7~owner9": "open" });
  });
});
