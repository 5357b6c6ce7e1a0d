import { queueShortcuts } from "@/lib/review/queue-shortcuts";

/** A keyboard-driven list's keys (the review queue's unless told), always visible, so nobody has to guess them. */
export function ShortcutHints({ shortcuts = queueShortcuts }: { shortcuts?: readonly { keys: readonly string[]; label: string }[] }) {
  return (
    <section className="shortcut-hints" aria-label="Keyboard shortcuts">
      <h2 className="visually-hidden">Keyboard shortcuts</h2>
      <ul>
        {shortcuts.map((shortcut) => (
          <li key={shortcut.label}>
            {shortcut.keys.map((key, index) => (
              <span key={key}>
                {index > 0 ? " / " : null}
                <kbd>{key}</kbd>
              </span>
            ))}{" "}
            {shortcut.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
