import { beforeAll, describe, expect, it } from "vitest";
import { listEstimatesRoute } from "@/lib/api/contract/estimates";
import { claimInputSchema } from "@/lib/claims/claim-input";
import type { QuantityValue } from "@/lib/claims/value";
import type { Actor } from "@/lib/server/actor";
import { createClaim } from "@/lib/server/claims/create-claim";
import { resolveConflict } from "@/lib/server/conflicts/resolve-conflict";
import { reviewClaim } from "@/lib/server/reviews/review-claim";
import { submitClaim } from "@/lib/server/reviews/submit-claim";
import { unzipSync } from "fflate";
import { exportFiltersSchema } from "@/lib/export/filters";
import { exportLineSchema } from "@/lib/export/records";
import { exportDataset } from "@/lib/server/export/export-dataset";
import { annotatePhrase, createProject, createSource, createUser, createVocabulary, testDb } from "./factories";
import { callRoute, tokenOf } from "./route-client";
import { bytesOf } from "./export-factories";

/**
 * The scenario through GET /api/v1/projects/{projectId}/estimates:
 * the Talataye article's MSA/JNIM-side casualties, 4 per MSA, 60+ per IS and
 * 17+ per ACLED, approved.
 */

type World = Awaited<ReturnType<typeof talataye>>;
let world: World;

async function talataye() {
  const { project, members } = await createProject(["owner", "reviewer", "researcher", "viewer"]);
  const { source } = await createSource(members.owner, project.id);
  const vocabulary = await createVocabulary(project.id);
  const record = async (phrase: string, value: QuantityValue, attribution: object[]) => {
    const claim = await createClaim(testDb(), {
      actor: members.researcher,
      projectId: project.id,
      input: claimInputSchema.parse({
        subjectId: vocabulary.msaJnim.id,
        propertyId: vocabulary.casualties.id,
        value,
        attribution,
        evidenceAnnotationIds: [(await annotatePhrase(members.researcher, source.id, phrase)).id],
      }),
    });
    await approve(claim.id, members.researcher, members.reviewer);
    return claim;
  };
  const atLeast = (min: number): QuantityValue => ({ type: "quantity", kind: "at_least", min, max: null, category: "killed" });
  const msa = await record("4 (per MSA)", { type: "quantity", kind: "exact", min: 4, max: 4, category: "killed" }, [{ role: "origin", entityId: vocabulary.msa.id }]);
  const is = await record("60+ (per IS)", atLeast(60), [{ role: "origin", entityId: vocabulary.isgs.id }]);
  const acled = await record("17+ (per ACLED)", atLeast(17), [{ role: "origin", entityId: vocabulary.acled.id }]);
  return { project, members, source, vocabulary, record, atLeast, claims: { msa, is, acled } };
}

async function approve(claimId: string, author: Actor, reviewer: Actor) {
  await submitClaim(testDb(), author, claimId, {});
  await reviewClaim(testDb(), reviewer, claimId, { decision: "approve" });
}

async function estimates(query: Record<string, string> = {}, actor = world.members.viewer) {
  const { status, json } = await callRoute(listEstimatesRoute, {
    token: await tokenOf(actor),
    params: { projectId: world.project.id },
    query: { subjectId: world.vocabulary.msaJnim.id, ...query },
  });
  expect(status).toBe(200);
  return (json as { estimates: { low: number | null; best: number | null; high: number | null; independentSources: number; explanation: string; claims: { id: string; isUsed: boolean; reason?: string }[] }[] }).estimates;
}

beforeAll(async () => {
  world = await talataye();
});

describe("estimates through the API", () => {
  it("gives low 4 and high 60 from 3 independent sources, best their median, with an explanation; relaying ACLED again changes nothing; deprecating MSA raises low to 17", async () => {
    const [first] = await estimates();
    expect(first).toMatchObject({
      subject: { id: world.vocabulary.msaJnim.id, name: "MSA and JNIM forces" },
      property: { id: world.vocabulary.casualties.id, key: "casualties" },
      low: 4,
      best: 17,
      high: 60,
      rule: "ucdp",
      independentSources: 3,
    });
    expect(first!.explanation).toContain("Low 4: Movement for the Salvation of Azawad's exactly 4 killed.");
    expect(first!.explanation).toContain("High 60: Islamic State in the Greater Sahara's at least 60 killed.");

    const relayed = await world.record("ACLED reported the deaths", world.atLeast(17), [
      { role: "origin", partyName: "acled" },
      { role: "intermediary", entityId: world.vocabulary.leMonde.id },
    ]);
    const [second] = await estimates();
    expect(second).toMatchObject({ low: 4, best: 17, high: 60, independentSources: 3 });
    expect(second!.claims).toContainEqual({ id: relayed.id, isUsed: true });
    expect(second!.explanation).toContain("ACLED (2 claims, relayed by Le Monde)");

    const contradiction = await testDb().conflict.findFirstOrThrow({
      where: { projectId: world.project.id, kind: "contradiction", AND: [{ members: { some: { claimId: world.claims.msa.id } } }, { members: { some: { claimId: world.claims.is.id } } }] },
      include: { members: true },
    });
    await resolveConflict(testDb(), world.members.reviewer, contradiction.id, {
      status: "resolved",
      reason: "MSA undercounts its own losses",
      ranks: contradiction.members.map((member) => ({ claimId: member.claimId, rank: member.claimId === world.claims.msa.id ? ("deprecated" as const) : ("normal" as const) })),
    });
    const [third] = await estimates();
    expect(third).toMatchObject({ low: 17, high: 60, independentSources: 2 });
    expect(third!.claims).toContainEqual({ id: world.claims.msa.id, isUsed: false, reason: "deprecated when its conflict was resolved: MSA undercounts its own losses" });
  });

  it("counts approved claims by default and every status with status=all", async () => {
    const draft = await createClaim(testDb(), {
      actor: world.members.researcher,
      projectId: world.project.id,
      input: claimInputSchema.parse({
        subjectId: world.vocabulary.msaJnim.id,
        propertyId: world.vocabulary.civilianDeaths.id,
        value: { type: "quantity", kind: "exact", min: 30, max: 30 },
        attribution: [{ role: "origin", partyName: "local officials" }],
        evidenceAnnotationIds: [(await annotatePhrase(world.members.researcher, world.source.id, "30–45+ civilians killed")).id],
      }),
    });
    const civilian = (list: Awaited<ReturnType<typeof estimates>>) => list.find((e) => e.claims.some((c) => c.id === draft.id))!;
    expect(civilian(await estimates({ propertyId: world.vocabulary.civilianDeaths.id }))).toMatchObject({ low: null, best: null, high: null, claims: [{ id: draft.id, isUsed: false, reason: "not approved (draft)" }] });
    expect(civilian(await estimates({ propertyId: world.vocabulary.civilianDeaths.id, status: "all" }))).toMatchObject({ low: 30, best: 30, high: 30, independentSources: 1 });
  });

  it("exports the same estimates: estimate lines in the JSON Lines file and estimates.csv in the zip, with the ids of the claims used", async () => {
    const exported = await exportDataset(testDb(), world.members.reviewer, world.project.id, { format: "zip", filters: exportFiltersSchema.parse({}) });
    const files = unzipSync(await bytesOf(exported));
    const lines = new TextDecoder().decode(files["claims.jsonl"]).trimEnd().split("\n").map((line) => exportLineSchema.parse(JSON.parse(line)));
    const exportedEstimates = lines.flatMap((line) => (line.kind === "estimate" ? [line] : []));
    const fromApi = (await estimates()).filter((estimate) => estimate.claims.some((claim) => claim.isUsed));
    expect(exportedEstimates.filter((e) => e.subject.id === world.vocabulary.msaJnim.id).map(({ low, best, high, independentSources, claims }) => ({ low, best, high, independentSources, claims }))).toEqual(
      fromApi.map(({ low, best, high, independentSources, claims }) => ({ low, best, high, independentSources, claims: claims.filter((claim) => claim.isUsed || claim.reason !== "not approved (draft)") })),
    );
    const csv = new TextDecoder().decode(files["estimates.csv"]);
    expect(csv.split("\r\n")[0]).toContain("best,low,high,number_of_sources,source_original");
    expect(csv).toContain(`${world.vocabulary.msaJnim.id},MSA and JNIM forces,casualties`);
  });

  it("is refused to non-members as not found and to the signed out", async () => {
    const outsider = await createUser();
    const refused = await callRoute(listEstimatesRoute, { token: await tokenOf(outsider), params: { projectId: world.project.id } });
    expect(refused.status).toBe(404);
    expect((await callRoute(listEstimatesRoute, { params: { projectId: world.project.id } })).status).toBe(401);
  });
});
