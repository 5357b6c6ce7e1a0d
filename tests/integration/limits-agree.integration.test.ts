import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { divergenceThresholdSchema } from "@/lib/conflicts/conflict-input";
import { entityInputSchema } from "@/lib/entities/entity-input";
import { requiredApprovalsSchema } from "@/lib/review/review-input";
import { createProject, testDb } from "./factories";

/**
 * Every limit is checked twice: by the zod schema at the boundary (so the user
 * gets a 400 naming the field) and by a CHECK constraint in PostgreSQL (so no
 * other writer can break it). The two must agree on every value, or a value
 * that zod lets through answers 500 — or one the database allows is refused.
 */
async function databaseAccepts(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (/violates check constraint/i.test(String(error))) return false;
    throw error;
  }
}

function agreement<T>(schema: z.ZodType, field: string, values: T[], write: (value: T) => Promise<unknown>) {
  return Promise.all(
    values.map(async (value) => ({ value, zod: schema.safeParse({ [field]: value }).success, database: await databaseAccepts(() => write(value)) })),
  );
}

describe("zod and the database agree on every limit", () => {
  it("required approvals", async () => {
    const { project } = await createProject(["owner"]);
    const rows = await agreement(requiredApprovalsSchema, "requiredApprovals", [0, 1, 2, 3], (value) =>
      testDb().project.update({ where: { id: project.id }, data: { requiredApprovals: value } }),
    );
    for (const row of rows) expect(row.zod, `requiredApprovals ${row.value}`).toBe(row.database);
  });

  it("divergence threshold", async () => {
    const { project } = await createProject(["owner"]);
    const rows = await agreement(divergenceThresholdSchema, "divergenceThreshold", [-0.1, 0, 0.0001, 0.25, 10, 10.0001, 11], (value) =>
      testDb().project.update({ where: { id: project.id }, data: { divergenceThreshold: value } }),
    );
    for (const row of rows) expect(row.zod, `divergenceThreshold ${row.value}`).toBe(row.database);
  });

  it("Wikidata QIDs", async () => {
    const { project } = await createProject(["owner"]);
    const rows = await agreement(entityInputSchema.pick({ wikidataQid: true }), "wikidataQid", ["Q1", "Q42", "Q0", "Q01", "q42", "42", "Q"], (value) =>
      testDb().entity.create({ data: { projectId: project.id, name: `QID ${value}`, kind: "organisation", wikidataQid: value } }),
    );
    for (const row of rows) expect(row.zod, `wikidataQid ${row.value}`).toBe(row.database);
  });
});
