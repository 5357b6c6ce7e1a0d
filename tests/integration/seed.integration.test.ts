import { describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { DEMO_PASSWORD } from "@/lib/server/seed/demo-data";
import { corpus, testDb } from "./factories";

describe("demo seed", () => {
  it("creates the demo project with byte-exact corpus texts, accounts and vocabulary, and is idempotent", async () => {
    const first = await seedDemo(testDb());
    expect(first.createdUsers).toHaveLength(3);
    expect(first.createdSources).toHaveLength(2);

    const counts = async () => ({
      users: await testDb().user.count(),
      sources: await testDb().source.count(),
      revisions: await testDb().sourceRevision.count(),
      properties: await testDb().property.count(),
      entities: await testDb().entity.count(),
      memberships: await testDb().membership.count(),
    });
    const before = await counts();
    const second = await seedDemo(testDb());
    expect(second).toEqual({ createdUsers: [], createdSources: [] });
    expect(await counts()).toEqual(before);

    const project = await testDb().project.findUniqueOrThrow({ where: { slug: "demo" }, include: { properties: true } });
    expect(project.properties.map((p) => p.key).sort()).toEqual(
      ["casualties", "civilian_deaths", "commander", "date", "location", "occurred", "participated_in", "result", "strength"].sort(),
    );
    const texts = (await testDb().sourceRevision.findMany({ where: { projectId: project.id } })).map((r) => r.text);
    expect(texts.sort()).toEqual([corpus.talataye, corpus.tinzaouaten].sort());

    for (const email of ["owner@demo.test", "reviewer@demo.test", "researcher@demo.test"]) {
      await expect(verifyCredentials(testDb(), { email, password: DEMO_PASSWORD })).resolves.toMatchObject({ email });
    }
  });
});
