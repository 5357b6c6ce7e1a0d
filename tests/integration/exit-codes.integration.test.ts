import { describe, expect, it } from "vitest";
import { outcomeOf } from "./child-process";
import { createUser, testDb } from "./factories";

const fixtureSuite = (outcome: "failing" | "passing", port: number) =>
  outcomeOf("vitest", ["run", "--config", "tests/fixtures/failing-suite/vitest.config.mts"], {
    FIXTURE_OUTCOME: outcome,
    TEST_PG_PORT: String(port),
    DATABASE_URL: "",
    NO_COLOR: "1",
  });

describe("exit codes tell the truth", () => {
  it("a failing integration suite, run on its own embedded PostgreSQL, exits non-zero", { timeout: 150_000 }, async () => {
    const failing = await fixtureSuite("failing", 54391);
    // The test itself failed, on its assertion: not the suite around it (a file that cannot load also "fails").
    expect(failing.output).toMatch(/Tests\s+1 failed/);
    expect(failing.output).toContain("expected 1 to be 2");
    expect(failing.code).not.toBe(0);
  });

  it("the same suite without its failing assertion exits 0, so the check above can tell them apart", { timeout: 150_000 }, async () => {
    const passing = await fixtureSuite("passing", 54392);
    expect(passing.output).toMatch(/Tests\s+1 passed/);
    expect(passing.code).toBe(0);
  });

  it("npm run export exits non-zero, with one line saying why, for a project that does not exist", { timeout: 60_000 }, async () => {
    const result = await outcomeOf("tsx", ["--conditions=react-server", "lib/cli/export.ts", "--project", "no-such-project", "--format", "jsonl"]);
    expect(result.output).toContain('The project "no-such-project" was not found.');
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(1);
  });

  it("npm run users exits non-zero for an unknown account and for a wrong command", { timeout: 60_000 }, async () => {
    const unknown = await outcomeOf("tsx", ["--conditions=react-server", "lib/cli/users.ts", "disable", "nobody@nowhere.test"]);
    expect(unknown.output).toContain("nobody@nowhere.test");
    expect(unknown.output).not.toMatch(/\n\s+at /);
    expect(unknown.code).toBe(1);
    const wrong = await outcomeOf("tsx", ["--conditions=react-server", "lib/cli/users.ts", "delete-everything"]);
    expect(wrong.output).toContain("Usage: npm run users");
    expect(wrong.code).toBe(2);
  });

  it("npm run users -- make-admin makes an instance administrator, audited, and exits 0", { timeout: 60_000 }, async () => {
    const user = await createUser();
    const result = await outcomeOf("tsx", ["--conditions=react-server", "lib/cli/users.ts", "make-admin", user.email.toUpperCase()]);
    expect(result.output).toContain("is an instance administrator");
    expect(result.code).toBe(0);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user.userId } })).isAdmin).toBe(true);
    expect(await testDb().auditEvent.count({ where: { objectId: user.userId, action: "user.admin" } })).toBe(1);
  });
});
