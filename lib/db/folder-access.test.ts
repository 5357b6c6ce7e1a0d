import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { canEnter, firstClosedFolder } from "./folder-access";

const owner = { uid: 1000, gid: 1000 };
const groupMate = { uid: 1001, gid: 1000 };
const stranger = { uid: 1002, gid: 2000 };

describe("canEnter", () => {
  it("reads the owner's, the group's or everyone's execute bit, whichever applies", () => {
    const home = { mode: 0o40710, uid: 1000, gid: 1000 };
    expect(canEnter(home, owner)).toBe(true);
    expect(canEnter(home, groupMate)).toBe(true);
    expect(canEnter(home, stranger)).toBe(false);
    expect(canEnter({ ...home, mode: 0o40700 }, groupMate)).toBe(false);
    expect(canEnter({ ...home, mode: 0o40755 }, stranger)).toBe(true);
  });

  it("does not let the owner in through the others' bit", () => {
    expect(canEnter({ mode: 0o40007, uid: 1000, gid: 1000 }, owner)).toBe(false);
  });

  it("lets root in everywhere", () => {
    expect(canEnter({ mode: 0o40000, uid: 1000, gid: 1000 }, { uid: 0, gid: 0 })).toBe(true);
  });
});

describe("firstClosedFolder", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "folder-access-"));
  afterAll(() => {
    chmodSync(path.join(root, "closed"), 0o700);
    rmSync(root, { recursive: true, force: true });
  });

  it("names the first folder on the way that the identity cannot enter, ignoring folders not made yet", () => {
    const closed = path.join(root, "closed");
    mkdirSync(path.join(closed, "inner"), { recursive: true });
    chmodSync(closed, 0o700);
    chmodSync(root, 0o755);
    const nobody = { uid: 65534, gid: 65534 };
    expect(firstClosedFolder(path.join(closed, "inner", "not-yet"), nobody)).toBe(closed);
    expect(firstClosedFolder(path.join(root, "open", "not-yet"), nobody)).toBeNull();
  });
});
