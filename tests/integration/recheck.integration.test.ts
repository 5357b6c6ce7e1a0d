import { describe, expect, it } from "vitest";
import { claimInputSchema } from "@/lib/claims/claim-input";
import { createClaim } from "@/lib/server/claims/create-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { annotatePhrase, corpus, testDb } from "./factories";
import { msaClaim, reviewProject } from "./review-factories";
import { callRoute, route, tokenOf } from "./route-client";

const addRevisionRoute = route("post", "/api/v1/sources/{sourceId}/revisions");
const listClaimsRoute = route("get", "/api/v1/projects/{projectId}/claims");
const recheckRoute = route("post", "/api/v1/claims/{claimId}/recheck");

type Listed = { claims: { id: string; recheck: { reason: string } | null }[] };

describe("claims a new revision leaves uncertain", () => {
  it("are marked for re-check with the reason in words, listed, and cleared by a confirmation or an edit", async () => {
    const setup = await reviewProject();
    const researcher = await tokenOf(setup.members.researcher);
    const msa = await msaClaim(setup);
    const acled = await createClaim(testDb(), {
      actor: setup.members.researcher,
      projectId: setup.project.id,
      input: claimInputSchema.parse({
        subjectId: setup.vocabulary.msaJnim.id,
        propertyId: setup.vocabulary.casualties.id,
        value: { type: "quantity", kind: "at_least", min: 17, max: null, category: "killed" },
        attribution: [{ role: "origin", entityId: setup.vocabulary.acled.id }],
        evidenceAnnotationIds: [(await annotatePhrase(setup.members.researcher, setup.source.id, "17+ (per ACLED)")).id],
      }),
    });

    // The figure's words change (4 → 5); ACLED's span is untouched.
    const second = corpus.talataye.replace("4 (per MSA)", "5 (per MSA)");
    const added = await callRoute(addRevisionRoute, { token: researcher, params: { sourceId: setup.source.id }, body: { text: second, format: "plain" } });
    expect(added).toMatchObject({ status: 201, json: { reanchoring: { fuzzy: 1 }, claimsToRecheck: 1 } });

    const listed = await callRoute(listClaimsRoute, { token: researcher, params: { projectId: setup.project.id }, query: { needsRecheck: "true" } });
    const marked = (listed.json as Listed).claims;
    expect(marked.map((c) => c.id)).toEqual([msa.id]);
    expect(marked[0]!.recheck!.reason).toBe("Revision 2 changed the words of its evidence “4 (per MSA)”. Check that the claim still says what the text says.");
    const unmarked = await callRoute(listClaimsRoute, { token: researcher, params: { projectId: setup.project.id }, query: { needsRecheck: "false" } });
    expect((unmarked.json as Listed).claims.map((c) => c.id)).toEqual([acled.id]);

    // A viewer may not confirm; the author may.
    expect((await callRoute(recheckRoute, { token: await tokenOf(setup.members.viewer), params: { claimId: msa.id }, body: {} })).status).toBe(403);
    expect(await callRoute(recheckRoute, { token: researcher, params: { claimId: msa.id }, body: { note: "MSA's own count is 5 now; figure kept as cited." } })).toMatchObject({
      status: 200,
      json: { claimId: msa.id, needsRecheck: false },
    });
    expect(await testDb().claim.findUniqueOrThrow({ where: { id: msa.id } })).toMatchObject({ needsRecheckSince: null, recheckReason: null });
    const actions = (await testDb().auditEvent.findMany({ where: { objectId: msa.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["claim.recheck_flag", "claim.recheck_confirm"]));

    // The span disappears from the next revision: marked again; an edit of the claim clears it.
    const third = second.replace("5 (per MSA)", "");
    const again = await callRoute(addRevisionRoute, { token: researcher, params: { sourceId: setup.source.id }, body: { text: third, format: "plain" } });
    expect(again).toMatchObject({ status: 201, json: { claimsToRecheck: 1 } });
    const lost = await testDb().claim.findUniqueOrThrow({ where: { id: msa.id } });
    expect(lost.recheckReason).toContain("Revision 3 no longer contains “4 (per MSA)”");
    await updateClaim(testDb(), { actor: setup.members.researcher, claimId: msa.id, update: { version: lost.version, note: "Figure removed from the article" } });
    expect(await testDb().claim.findUniqueOrThrow({ where: { id: msa.id } })).toMatchObject({ needsRecheckSince: null });
  });
});
