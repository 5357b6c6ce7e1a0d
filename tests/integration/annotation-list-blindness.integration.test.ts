import { describe, expect, it } from "vitest";
import { createClaimRoute } from "@/lib/api/contract/claims";
import { closeCodingRoundRoute } from "@/lib/api/contract/coding-rounds";
import { listAnnotationsRoute } from "@/lib/api/contract/sources";
import { codingTeam, killed, openRound } from "./coding-round-factories";
import { annotatePhrase, corpus, createSource } from "./factories";
import { callRoute } from "./route-client";

/**
 * The source page and `GET /sources/{id}/annotations` read highlights in SQL
 * (lib/server/annotations/list-annotations.ts). A claim that also cites the
 * source a coder codes blind stays hidden from them on every other source.
 */
describe("highlights of a source beside one coded blind", () => {
  it("hide a claim whose evidence also lies on the blind source, and show it again once the round has closed", async () => {
    const world = await codingTeam();
    const { source: other } = await createSource(world.members.owner, world.project.id, `${corpus.talataye}\nA second copy, not coded.\n`, "Talataye, a second copy");
    const onOther = await annotatePhrase(world.members.owner, other.id, "4 (per MSA)");
    const onBlind = await annotatePhrase(world.members.owner, world.source.id, "4 (per MSA)");
    const created = await callRoute(createClaimRoute, {
      token: world.tokens.owner,
      params: { projectId: world.project.id },
      body: {
        subjectId: world.vocabulary.msaJnim.id,
        propertyId: world.vocabulary.casualties.id,
        value: killed(4),
        attribution: [{ role: "origin", entityId: world.vocabulary.msa.id }],
        evidenceAnnotationIds: [onOther.id, onBlind.id],
      },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const claimId = (created.json as { claim: { id: string } }).claim.id;

    const claimsOfHighlight = async () => {
      const { status, json } = await callRoute(listAnnotationsRoute, { token: world.tokens.a, params: { sourceId: other.id } });
      expect(status).toBe(200);
      const annotations = (json as { annotations: { id: string; claims: { id: string }[] }[] }).annotations;
      return annotations.find((annotation) => annotation.id === onOther.id)?.claims.map((claim) => claim.id);
    };
    expect(await claimsOfHighlight()).toEqual([claimId]);

    const opened = await openRound(world);
    expect(opened.status).toBe(201);
    // The highlight on the other source stays; the claim that cites the blind source goes.
    expect(await claimsOfHighlight()).toEqual([]);

    const roundId = (opened.json as { round: { id: string } }).round.id;
    expect((await callRoute(closeCodingRoundRoute, { token: world.tokens.owner, params: { roundId } })).status).toBe(200);
    expect(await claimsOfHighlight()).toEqual([claimId]);
  });
});
