import { describe, expect, it } from "vitest";
import { ariaKeyShortcuts, queueCommandForKey, type KeyPress } from "./queue-shortcuts";

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isTyping: false,
  ...extra,
});

describe("queue shortcuts", () => {
  it.each([
    ["a", "approve"],
    ["A", "approve"],
    ["r", "reject"],
    ["c", "request_changes"],
    ["j", "next"],
    ["n", "next"],
    ["k", "previous"],
    ["x", "toggle_selection"],
    ["q", null],
  ])("%s → %s", (key, command) => {
    expect(queueCommandForKey(press(key))).toBe(command);
  });

  it("leaves keys alone while the user types or holds a modifier (copy, reload, …)", () => {
    expect(queueCommandForKey(press("a", { isTyping: true }))).toBeNull();
    expect(queueCommandForKey(press("r", { ctrlKey: true }))).toBeNull();
    expect(queueCommandForKey(press("c", { metaKey: true }))).toBeNull();
    expect(queueCommandForKey(press("j", { altKey: true }))).toBeNull();
  });

  it("names the keys for assistive technology", () => {
    expect(ariaKeyShortcuts("next")).toBe("J N");
    expect(ariaKeyShortcuts("approve")).toBe("A");
  });
});
