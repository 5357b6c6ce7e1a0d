import { describe, expect, it } from "vitest";
import { annotatePhrase, createProject, createSource, createVocabulary, testDb } from "./factories";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { flagConflict } from "@/lib/server/conflicts/flag-conflict";
import { recomputeProject } from "@/lib/server/conflicts/recompute-project";
import { mergeEntities } from "@/lib/server/entities/merge-entities";
import { unmergeEntity } from "@/lib/server/entities/unmerge-entity";
import { callRoute, route, tokenOf } from "./route-client";

describe("four eyes", () => {
  it("resolving a conflict that ranks a claim does not make the reviewer's own edit approvable by that reviewer", async () => {
    const { project, members } = await createProject(["owner", "reviewer", "researcher"]);
    const [owner, reviewer, researcher] = await Promise.all([tokenOf(members.owner), tokenOf(members.reviewer), tokenOf(members.researcher)]);
    const v = await createVocabulary(project.id);
    const { source } = await createSource(members.researcher, project.id);
    const claimOf = async (phrase: string, min: number, origin: string) => {
      const annotation = await annotatePhrase(members.researcher, source.id, phrase);
      const { status, json } = await callRoute(route("post", "/api/v1/projects/{projectId}/claims"), {
        token: researcher,
        params: { projectId: project.id },
        body: {
          subjectId: v.msaJnim.id,
          propertyId: v.casualties.id,
          value: { type: "quantity", kind: "exact", min, max: min },
          attribution: [{ role: "origin", entityId: origin }],
          evidenceAnnotationIds: [annotation.id],
        },
      });
      expect(status, JSON.stringify(json)).toBe(201);
      return (json as { claim: { id: string; version: number } }).claim;
    };
    const msaFour = await claimOf("4 (per MSA)", 4, v.msa.id);
    const acled = await claimOf("17+ (per ACLED)", 17, v.acled.id);
    const submit = route("post", "/api/v1/claims/{claimId}/submit");
    expect((await callRoute(submit, { token: researcher, params: { claimId: msaFour.id }, body: { version: msaFour.version } })).status).toBe(200);

    // 1. The reviewer edits the submitted claim: approving it is now refused to them.
    const { version } = await testDb().claim.findUniqueOrThrow({ where: { id: msaFour.id } });
    const edited = await callRoute(route("patch", "/api/v1/claims/{claimId}"), { token: reviewer, params: { claimId: msaFour.id }, body: { version, note: "Reviewer's wording." } });
    expect(edited.status, JSON.stringify(edited.json)).toBe(200);
    const review = route("post", "/api/v1/claims/{claimId}/reviews");
    const refused = await callRoute(review, { token: reviewer, params: { claimId: msaFour.id }, body: { decision: "approve" } });
    expect(refused.status).toBe(403);

    // 2. The owner resolves the conflict between the two claims, ranking both.
    const conflict = await testDb().conflict.findFirstOrThrow({ where: { projectId: project.id, members: { some: { claimId: msaFour.id } } } });
    const resolved = await callRoute(route("post", "/api/v1/conflicts/{conflictId}/resolution"), {
      token: owner,
      params: { conflictId: conflict.id },
      body: { status: "resolved", reason: "The MSA counts only its own dead.", ranks: [{ claimId: msaFour.id, rank: "deprecated" }, { claimId: acled.id, rank: "preferred" }] },
    });
    expect(resolved.status, JSON.stringify(resolved.json)).toBe(200);
    const after = await testDb().claim.findUniqueOrThrow({ where: { id: msaFour.id } });
    expect(after).toMatchObject({ rank: "deprecated", updatedById: members.reviewer.userId });

    // 3. The reviewer still may not approve their own edit.
    const stillRefused = await callRoute(review, { token: reviewer, params: { claimId: msaFour.id }, body: { decision: "approve" } });
    expect(stillRefused.status, JSON.stringify(stillRefused.json)).toBe(403);
  });
});

describe("four eyes on every path that touches a claim", () => {
  it("only an edit of its content makes someone a claim's editor: flags, merges, un-merges, re-evaluations and recomputations do not", async () => {
    const { project, members } = await createProject(["owner", "reviewer", "researcher"]);
    const v = await createVocabulary(project.id);
    const { source } = await createSource(members.researcher, project.id);
    const [reviewer, researcher] = await Promise.all([tokenOf(members.reviewer), tokenOf(members.researcher)]);
    const claimOf = async (phrase: string, min: number) => {
      const annotation = await annotatePhrase(members.researcher, source.id, phrase);
      const { json } = await callRoute(route("post", "/api/v1/projects/{projectId}/claims"), {
        token: researcher,
        params: { projectId: project.id },
        body: { subjectId: v.msaJnim.id, propertyId: v.casualties.id, value: { type: "quantity", kind: "exact", min, max: min }, evidenceAnnotationIds: [annotation.id] },
      });
      return (json as { claim: { id: string; version: number } }).claim;
    };
    const claim = await claimOf("4 (per MSA)", 4);
    const other = await claimOf("17+ (per ACLED)", 4);
    await callRoute(route("post", "/api/v1/claims/{claimId}/submit"), { token: researcher, params: { claimId: claim.id }, body: {} });
    const { version } = await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    const edited = await callRoute(route("patch", "/api/v1/claims/{claimId}"), { token: reviewer, params: { claimId: claim.id }, body: { version, note: "Reviewer's wording." } });
    expect(edited.status).toBe(200);

    const owner = members.owner;
    const paths: [string, () => Promise<unknown>][] = [
      ["flag a conflict by hand", () => flagConflict(testDb(), owner, project.id, { claimIds: [claim.id, other.id], rationale: "Counted differently" })],
      ["merge its subject into another entity", () => mergeEntities(testDb(), owner, { sourceId: v.msaJnim.id, targetId: v.msa.id })],
      ["un-merge that entity", () => unmergeEntity(testDb(), owner, v.msaJnim.id)],
      ["edit another claim of its group (re-evaluation)", async () => {
        const current = await testDb().claim.findUniqueOrThrow({ where: { id: other.id } });
        return updateClaim(testDb(), { actor: owner, claimId: other.id, update: { version: current.version, value: { type: "quantity", kind: "exact", min: 60, max: 60 } } });
      }],
      ["recompute the project's conflicts", () => recomputeProject(testDb(), owner, project.id)],
    ];
    const review = route("post", "/api/v1/claims/{claimId}/reviews");
    for (const [name, run] of paths) {
      await run();
      expect((await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).updatedById, name).toBe(members.reviewer.userId);
      const refused = await callRoute(review, { token: reviewer, params: { claimId: claim.id }, body: { decision: "approve" } });
      expect(refused.status, name).toBe(403);
    }
  });
});
