import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { claimInputSchema } from "@/lib/claims/claim-input";
import { CLAIM_COUNT_LIMIT, claimFiltersSchema } from "@/lib/claims/claim-filters";
import { claimRecordInclude } from "@/lib/server/claims/claim-record";
import { claimView } from "@/lib/server/claims/claim-view";
import { createClaim } from "@/lib/server/claims/create-claim";
import { listClaims } from "@/lib/server/claims/list-claims";
import { annotatePhrase, createProject, createSource, createVocabulary, testDb } from "./factories";
import { callRoute, route, tokenOf } from "./route-client";

const listRoute = route("get", "/api/v1/projects/{projectId}/claims");

/** `count` bare claims of one subject and property, written in one statement: the list's filters need no more. */
async function insertClaims(projectId: string, authorId: string, count: number) {
  const v = await createVocabulary(projectId);
  await testDb().$executeRaw`
    INSERT INTO "Claim" (id, "projectId", "subjectId", "propertyId", value, "quantityMin", "quantityMax", "createdById", "updatedById", "updatedAt")
    SELECT 'bulk-' || ${projectId} || '-' || i, ${projectId}, ${v.battle.id}, ${v.casualties.id},
      jsonb_build_object('type', 'quantity', 'kind', 'exact', 'min', i, 'max', i), i, i, ${authorId}, ${authorId}, now()
    FROM generate_series(1, ${count}::int) AS i`;
}

afterEach(() => {
  delete process.env.DATABASE_REPLICA_URL;
});

describe("the claims list", () => {
  it("shows each claim of a page exactly as the claim's own record does", async () => {
    const { project, members } = await createProject(["owner", "researcher"]);
    const { source } = await createSource(members.owner, project.id);
    const v = await createVocabulary(project.id);
    const msaFour = await annotatePhrase(members.researcher, source.id, "4 (per MSA)");
    const isSixty = await annotatePhrase(members.researcher, source.id, "60+ (per IS)");
    const claim = (annotationIds: string[], value: object, attribution: object[], extra: object = {}) =>
      createClaim(testDb(), {
        actor: members.researcher,
        projectId: project.id,
        input: claimInputSchema.parse({
          subjectId: v.msaJnim.id,
          propertyId: v.casualties.id,
          value: { type: "quantity", category: "killed", ...value },
          qualifiers: { side: "MSA" },
          attribution,
          evidenceAnnotationIds: annotationIds,
          ...extra,
        }),
      });
    const msa = await claim([msaFour.id], { kind: "exact", min: 4, max: 4 }, [{ role: "origin", entityId: v.msa.id }, { role: "reporter", sourceId: source.id }]);
    // Opposed figures (a conflict), two evidence spans, a named party, and a derivation.
    await claim([isSixty.id, msaFour.id], { kind: "at_least", min: 60, max: null }, [{ role: "origin", partyName: "local sources" }], {
      derivedFromId: msa.id,
      credibility: 3,
      hedging: "reported",
    });
    const listed = await listClaims(testDb(), members.researcher, project.id, claimFiltersSchema.parse({}));
    expect(listed.claims).toHaveLength(2);
    const records = await testDb().claim.findMany({ where: { projectId: project.id }, include: claimRecordInclude });
    for (const shown of listed.claims) {
      expect(shown).toEqual(claimView(records.find((record) => record.id === shown.id)!));
    }
    expect(listed.claims.some((shown) => shown.conflicts.length === 1 && shown.derivedFrom !== null && shown.evidence.length === 2)).toBe(true);
  });

  it("counts up to the limit and says when there are more", async () => {
    const { project, members } = await createProject(["owner"]);
    await insertClaims(project.id, members.owner.userId, CLAIM_COUNT_LIMIT + 1);
    const token = await tokenOf(members.owner);
    const list = async () => (await callRoute(listRoute, { token, params: { projectId: project.id }, query: { pageSize: "5" } })).json as Record<string, unknown>;

    expect(await list()).toMatchObject({ total: CLAIM_COUNT_LIMIT, isTotalExact: false, page: 1, pageSize: 5 });
    await testDb().claim.update({ where: { id: `bulk-${project.id}-1` }, data: { isDeleted: true } });
    expect(await list()).toMatchObject({ total: CLAIM_COUNT_LIMIT, isTotalExact: true });
  });

  it("reads through the replica client when DATABASE_REPLICA_URL is set", async () => {
    const { project, members } = await createProject(["owner"]);
    await insertClaims(project.id, members.owner.userId, 3);
    const token = await tokenOf(members.owner);
    // The same database under another application name: the connection the list used shows in pg_stat_activity.
    const applicationName = `replica-${project.id}`;
    const replicaUrl = new URL(process.env.DATABASE_URL!);
    replicaUrl.searchParams.set("application_name", applicationName);
    process.env.DATABASE_REPLICA_URL = replicaUrl.toString();

    const answer = await callRoute(listRoute, { token, params: { projectId: project.id } });
    expect(answer.json).toMatchObject({ total: 3, isTotalExact: true });
    const client = new pg.Client({ connectionString: process.env.MIGRATION_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ query: string }>("SELECT query FROM pg_stat_activity WHERE application_name = $1", [applicationName]);
      // The list's reads were the replica's (its connections exist, and only read)…
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => /^\s*SELECT/.test(row.query))).toBe(true);
      // …while the membership check and blindness are the primary's, so a removed member is refused at once.
      expect(rows.some((row) => /Membership|CodingRound/.test(row.query))).toBe(false);
    } finally {
      await client.end();
    }
  });
});
