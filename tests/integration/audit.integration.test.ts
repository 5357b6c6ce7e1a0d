import pg from "pg";
import { describe, expect, it } from "vitest";
import { APP_ROLE } from "@/lib/db/app-role";
import { createProject, createSource, testDb } from "./factories";

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function sourceEvent() {
  const { project, members } = await createProject(["owner"]);
  await createSource(members.owner, project.id);
  return testDb().auditEvent.findFirstOrThrow({ where: { projectId: project.id, action: "source.create" } });
}

describe("audit trail", () => {
  it("is append-only for the schema's owner too: its trigger refuses updates, deletes and truncation", async () => {
    const event = await sourceEvent();
    await withClient(process.env.MIGRATION_DATABASE_URL!, async (owner) => {
      await expect(owner.query(`UPDATE "AuditEvent" SET action = 'tampered' WHERE id = $1`, [event.id])).rejects.toThrow(/append-only/);
      await expect(owner.query(`DELETE FROM "AuditEvent" WHERE id = $1`, [event.id])).rejects.toThrow(/append-only/);
      await expect(owner.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    });
    expect(await testDb().auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ action: "source.create" });
  });

  it("cannot be rewritten over the application's connection: no trigger switched off, no replica mode, no superuser", async () => {
    const event = await sourceEvent();
    await withClient(process.env.DATABASE_URL!, async (app) => {
      const { rows } = await app.query(`SELECT current_user AS role, rolsuper FROM pg_roles WHERE rolname = current_user`);
      expect(rows).toEqual([{ role: APP_ROLE, rolsuper: false }]);
      await expect(app.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_delete"`)).rejects.toThrow(/must be owner/);
      await expect(app.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
      await expect(app.query(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`DROP TRIGGER "AuditEvent_no_update_delete" ON "AuditEvent"`)).rejects.toThrow(/must be owner/);
      await expect(app.query(`UPDATE "AuditEvent" SET action = 'tampered' WHERE id = $1`, [event.id])).rejects.toThrow(/permission denied/);
      await expect(app.query(`DELETE FROM "AuditEvent" WHERE id = $1`, [event.id])).rejects.toThrow(/permission denied/);
      await expect(app.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`DELETE FROM "_prisma_migrations"`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`CREATE TABLE shadow (id int)`)).rejects.toThrow(/permission denied/);
    });
    expect(await testDb().auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ action: "source.create" });
  });
});
