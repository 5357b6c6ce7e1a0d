import { describe, expect, it } from "vitest";
import { closeCodingRoundRoute } from "@/lib/api/contract/coding-rounds";
import { listProjectsRoute } from "@/lib/api/contract/foundation";
import type { Actor } from "@/lib/server/actor";
import { projectDashboard } from "@/lib/server/projects/project-dashboard";
import { code, codingTeam, killed, openRound } from "./coding-round-factories";
import { annotatePhrase, corpus, createSource, testDb } from "./factories";
import { callRoute } from "./route-client";

/**
 * The project dashboard's counts respect blindness (issue 19): while a blind
 * round is open on a source, each of its coders is counted only their own
 * highlights and claims there, and only the conflicts all of whose claims they
 * may see. Other sources, other members, and every coder once the round has
 * closed, are counted everything.
 */

interface Counts {
  annotations: number;
  claims: number;
  openConflicts: number;
}

async function countsFor(actor: Actor, projectId: string) {
  const dashboard = await projectDashboard(testDb(), actor, projectId);
  const bySource = Object.fromEntries(
    dashboard.sources.map((source) => [source.title, { annotations: source.annotationCount, claims: source.claimCount, openConflicts: source.openConflictCount } satisfies Counts]),
  );
  return { bySource, openConflicts: dashboard.openConflicts, claimsByStatus: dashboard.claimsByStatus };
}

/** The project's claim count in the projects list, through its route. */
async function listedClaimCount(token: string, projectId: string) {
  const listed = await callRoute(listProjectsRoute, { token });
  expect(listed.status).toBe(200);
  return (listed.json as { projects: { id: string; claimCount: number }[] }).projects.find((project) => project.id === projectId)?.claimCount;
}

describe("the project dashboard during a blind round", () => {
  it("counts a coder only their own highlights, claims and visible conflicts on the round's source, until the round closes", async () => {
    const world = await codingTeam();
    const { msaJnim, casualties, msa } = world.vocabulary;
    const reading = { subjectId: msaJnim.id, propertyId: casualties.id, originId: msa.id, phrase: "4 (per MSA)" };
    const { source: other } = await createSource(world.members.owner, world.project.id, `${corpus.talataye}\n\nA second copy.`, "Another copy");
    // On the other source B reads 6: no round there, so A is counted it, and its conflict with A's 4 below is on both sources.
    await code({ ...world, source: other }, world.coders.b, world.tokens.b, { ...reading, value: killed(6) });

    const opened = await openRound(world);
    expect(opened.status).toBe(201);
    const roundId = (opened.json as { round: { id: string } }).round.id;
    await code(world, world.coders.a, world.tokens.a, { ...reading, value: killed(4) });
    await code(world, world.coders.b, world.tokens.b, { ...reading, value: killed(5) });
    await annotatePhrase(world.coders.b, world.source.id, "60+ (per IS)");

    // Three conflicts, all touching the round's source: A's 4 against B's 5 there, and both against B's 6 on the other source.
    const everything = {
      bySource: { [world.source.title]: { annotations: 3, claims: 2, openConflicts: 3 }, "Another copy": { annotations: 1, claims: 1, openConflicts: 2 } },
      openConflicts: 3,
      claimsByStatus: { draft: 3 },
    };
    expect(await countsFor(world.members.owner, world.project.id)).toEqual(everything);
    expect(await countsFor(world.members.reviewer, world.project.id)).toEqual(everything);
    // A is counted their own highlight and claim on the round's source, and of the conflicts only 4 against 6: B's 5 is hidden.
    expect(await countsFor(world.coders.a, world.project.id)).toEqual({
      bySource: { [world.source.title]: { annotations: 1, claims: 1, openConflicts: 1 }, "Another copy": { annotations: 1, claims: 1, openConflicts: 1 } },
      openConflicts: 1,
      claimsByStatus: { draft: 2 },
    });
    expect(await countsFor(world.coders.b, world.project.id)).toEqual({
      bySource: { [world.source.title]: { annotations: 2, claims: 1, openConflicts: 1 }, "Another copy": { annotations: 1, claims: 1, openConflicts: 1 } },
      openConflicts: 1,
      claimsByStatus: { draft: 2 },
    });

    // The projects list counts the same claims as the dashboard.
    expect(await listedClaimCount(world.tokens.owner, world.project.id)).toBe(3);
    expect(await listedClaimCount(world.tokens.a, world.project.id)).toBe(2);
    expect(await listedClaimCount(world.tokens.b, world.project.id)).toBe(2);

    expect((await callRoute(closeCodingRoundRoute, { token: world.tokens.owner, params: { roundId } })).status).toBe(200);
    expect(await countsFor(world.coders.a, world.project.id)).toEqual(everything);
    expect(await listedClaimCount(world.tokens.a, world.project.id)).toBe(3);
  });
});
