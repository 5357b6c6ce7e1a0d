/**
 * The review queue's keyboard commands, so a reviewer can work through the
 * queue without the mouse. The same table drives the key handler, the
 * visible hints and the buttons' aria-keyshortcuts.
 */
export type QueueCommand = "approve" | "reject" | "request_changes" | "next" | "previous" | "toggle_selection";

export const queueShortcuts: readonly { command: QueueCommand; keys: readonly string[]; label: string }[] = [
  { command: "approve", keys: ["a"], label: "Approve" },
  { command: "reject", keys: ["r"], label: "Reject (asks for a reason)" },
  { command: "request_changes", keys: ["c"], label: "Request changes (asks for a reason)" },
  { command: "next", keys: ["j", "n"], label: "Next claim" },
  { command: "previous", keys: ["k"], label: "Previous claim" },
  { command: "toggle_selection", keys: ["x"], label: "Select for bulk approval" },
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** True while the user types in a field (reason box, filter, comment): keys are text then. */
  isTyping: boolean;
}

export function queueCommandForKey(press: KeyPress): QueueCommand | null {
  if (press.isTyping || press.ctrlKey || press.metaKey || press.altKey) return null;
  const key = press.key.toLowerCase();
  return queueShortcuts.find((shortcut) => shortcut.keys.includes(key))?.command ?? null;
}

/** The value for aria-keyshortcuts, e.g. "J N". */
export function ariaKeyShortcuts(command: QueueCommand): string {
  return (queueShortcuts.find((s) => s.command === command)?.keys ?? []).map((k) => k.toUpperCase()).join(" ");
}
