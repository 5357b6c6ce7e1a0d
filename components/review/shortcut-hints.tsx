import { queueShortcuts } from "@/lib/review/queue-shortcuts";

/** The queue's keys, always visible, so nobody has to guess them. */
export function ShortcutHints() {
  return (
    <section className="shortcut-hints" aria-label="Keyboard shortcuts">
      <h2 className="visually-hidden">Keyboard shortcuts</h2>
      <ul>
        {queueShortcuts.map((shortcut) => (
          <li key={shortcut.command}>
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
