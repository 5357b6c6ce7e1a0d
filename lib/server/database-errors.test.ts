import { describe, expect, it } from "vitest";
import { appErrorFromDatabase } from "./database-errors";

/** The shape Prisma's driver adapter gives a PostgreSQL error. */
const prismaError = (originalCode: string, originalMessage = "") => Object.assign(new Error("Database error"), { code: "P2039", meta: { driverAdapterError: { cause: { originalCode, originalMessage } } } });

describe("appErrorFromDatabase", () => {
  it("answers a unique violation with 409 and a CHECK violation with 400 naming the constraint", () => {
    expect(appErrorFromDatabase(prismaError("23505"))).toMatchObject({ status: 409, code: "duplicate" });
    expect(appErrorFromDatabase(prismaError("23514", 'violates check constraint "Project_requiredApprovals_check"'))).toMatchObject({
      status: 400,
      message: expect.stringContaining("Project_requiredApprovals_check"),
    });
  });

  it("answers out-of-range dates, NUL bytes and deadlocks without a 500", () => {
    expect(appErrorFromDatabase(prismaError("22008"))?.status).toBe(400);
    expect(appErrorFromDatabase(prismaError("22021"))?.status).toBe(400);
    expect(appErrorFromDatabase(prismaError("40P01"))).toMatchObject({ status: 409, code: "concurrent_change" });
  });

  it("reads node-postgres errors too, and leaves everything else alone", () => {
    expect(appErrorFromDatabase(Object.assign(new Error("dup"), { code: "23505" }))?.status).toBe(409);
    expect(appErrorFromDatabase(new Error("a bug of ours"))).toBeNull();
    expect(appErrorFromDatabase(prismaError("42P01"))).toBeNull();
  });
});
