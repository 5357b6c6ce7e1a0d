import { describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { DEMO_PASSWORD } from "@/lib/server/seed/demo-data";
import { corpus, testDb } from "./factories";

describe("demo seed", () => {
  it("creates the demo project with byte-exact corpus texts, accounts and vocabulary, and is idempotent", async () => {
    const first = await seedDemo(testDb());
    expect(first.createdUsers).toHaveLength(4);
    expect(first.createdSources).toHaveLength(2);
    expect(first.createdClaims).toBe(16);

    const counts = async () => ({
      users: await testDb().user.count(),
      sources: await testDb().source.count(),
      revisions: await testDb().sourceRevision.count(),
      properties: await testDb().property.count(),
      entities: await testDb().entity.count(),
      memberships: await testDb().membership.count(),
      claims: await testDb().claim.count(),
      conflicts: await testDb().conflict.count(),
    });
    const before = await counts();
    const second = await seedDemo(testDb());
    expect(second).toEqual({ createdUsers: [], createdSources: [], createdClaims: 0 });
    expect(await counts()).toEqual(before);

    const project = await testDb().project.findUniqueOrThrow({ where: { slug: "demo" }, include: { properties: true } });
    expect(project.properties.map((p) => p.key).sort()).toEqual(
      ["casualties", "civilian_deaths", "commander", "date", "location", "occurred", "participated_in", "result", "strength"].sort(),
    );
    const texts = (await testDb().sourceRevision.findMany({ where: { projectId: project.id } })).map((r) => r.text);
    expect(texts.sort()).toEqual([corpus.talataye, corpus.tinzaouaten].sort());

    for (const email of ["owner@demo.test", "reviewer@demo.test", "researcher@demo.test", "viewer@demo.test"]) {
      await expect(verifyCredentials(testDb(), { email, password: DEMO_PASSWORD }, "192.0.2.1")).resolves.toMatchObject({ email });
    }
  });
});

describe("reference scenario", () => {
  it("records the scenario's claims with evidence on both texts and flags their conflicts", async () => {
    await seedDemo(testDb());
    const project = await testDb().project.findUniqueOrThrow({ where: { slug: "demo" } });
    const claims = await testDb().claim.findMany({
      where: { projectId: project.id },
      include: { evidence: { include: { annotation: { include: { source: true } } } }, property: true, subject: true },
    });
    expect(claims).toHaveLength(16);
    expect(new Set(claims.flatMap((c) => c.evidence.map((e) => e.annotation.source.title)))).toEqual(
      new Set(["Battle of Talataye (2022)", "Battle of Tinzaouaten (2024)"]),
    );
    const conflicts = await testDb().conflict.findMany({
      where: { projectId: project.id },
      include: { members: { include: { claim: { include: { property: true, subject: true } } } } },
    });
    const summary = conflicts.map((c) => `${c.kind}:${c.members[0]!.claim.subject.name}/${c.members[0]!.claim.property.key}`).sort();
    expect(summary).toEqual(
      expect.arrayContaining([
        "contradiction:MSA and JNIM forces/casualties",
        "divergence:MSA and JNIM forces/casualties",
        "contradiction:Battle of Talataye (2022)/occurred",
        "contradiction:Jama'at Nasr al-Islam wal-Muslimin/participated_in",
        "contradiction:Battle of Tinzaouaten (2024)/result",
        "divergence:Wagner Group/casualties",
      ]),
    );
    expect(conflicts.every((c) => c.status === "open" && c.explanation.length > 20)).toBe(true);
  });
});
