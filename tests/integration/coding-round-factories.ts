import { expect } from "vitest";
import { createClaimRoute } from "@/lib/api/contract/claims";
import { openCodingRoundRoute } from "@/lib/api/contract/coding-rounds";
import type { ClaimValue } from "@/lib/claims/value";
import type { Actor } from "@/lib/server/actor";
import { annotatePhrase, createProject, createSource, createUser, createVocabulary, testDb } from "./factories";
import { callRoute, tokenOf } from "./route-client";

type Role = "owner" | "reviewer" | "researcher" | "viewer";

/** A project of its own with two researchers who code, an owner, a reviewer and a viewer; each test builds one. */
export async function codingTeam() {
  const { project, members } = await createProject<Role>(["owner", "reviewer", "researcher", "viewer"]);
  const coderB = await createUser({ name: "Second coder" });
  await testDb().membership.create({ data: { projectId: project.id, userId: coderB.userId, role: "researcher" } });
  const coders = { a: members.researcher, b: coderB };
  const { source } = await createSource(members.owner, project.id);
  const vocabulary = await createVocabulary(project.id);
  const tokens = {
    owner: await tokenOf(members.owner),
    reviewer: await tokenOf(members.reviewer),
    a: await tokenOf(coders.a),
    b: await tokenOf(coders.b),
  };
  return { project, members, coders, source, vocabulary, tokens };
}
export type CodingTeam = Awaited<ReturnType<typeof codingTeam>>;

export async function openRound(world: CodingTeam, body: object = { coderIds: [world.coders.a.userId, world.coders.b.userId], isBlind: true }, token = world.tokens.owner) {
  return callRoute(openCodingRoundRoute, { token, params: { sourceId: world.source.id }, body });
}

export const killed = (min: number): ClaimValue => ({ type: "quantity", kind: "exact", min, max: min, category: "killed" });

/** A claim of `coder` on the round's source, through the claims route, on a highlight of `phrase`. */
export async function code(
  world: CodingTeam,
  coder: Actor,
  token: string,
  claim: { subjectId: string; propertyId: string; value: ClaimValue; originId: string; phrase: string },
) {
  const annotation = await annotatePhrase(coder, world.source.id, claim.phrase);
  const { status, json } = await callRoute(createClaimRoute, {
    token,
    params: { projectId: world.project.id },
    body: {
      subjectId: claim.subjectId,
      propertyId: claim.propertyId,
      value: claim.value,
      attribution: [{ role: "origin", entityId: claim.originId }],
      evidenceAnnotationIds: [annotation.id],
    },
  });
  expect(status, JSON.stringify(json)).toBe(201);
  return { claim: (json as { claim: { id: string; status: string } }).claim, annotationId: annotation.id };
}
