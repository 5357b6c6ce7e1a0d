import { describe, expect, it } from "vitest";
import { createProject, createSource, testDb } from "./factories";

describe("audit trail", () => {
  it("is append-only: PostgreSQL refuses updates, deletes and truncation", async () => {
    const { project, members } = await createProject(["owner"]);
    await createSource(members.owner, project.id);
    const event = await testDb().auditEvent.findFirstOrThrow({ where: { projectId: project.id, action: "source.create" } });

    await expect(testDb().auditEvent.update({ where: { id: event.id }, data: { action: "tampered" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(testDb().auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(testDb().$executeRaw`TRUNCATE "AuditEvent"`).rejects.toThrow(/append-only/);
    expect(await testDb().auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ action: "source.create" });
  });
});
